/**
 * What the triage form offers for an obstructs influence, found by words: what obstructs (the organisation's
 * processes, systems and KPIs) or the behaviour it obstructs (not retired; at the report's stage when it
 * names one). A search, since a large model has thousands of KPIs and tens of thousands of behaviours and
 * the obstacles page must not carry them all. With no words, the first fifty by name: in a small model
 * that is every one, so the select lists them all as a plain one would.
 */
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { atWordBoundary } from "@/lib/text/short-title";
import type { TriageChoicesQuery } from "./input";

export type TriageChoice = { key: string; name: string };
/** `more`: more match than are listed (the form asks for more words). */
export type TriageChoices = { choices: TriageChoice[]; more: boolean };

/** Listed for words typed; listed with none. */
export const FOUND = 20;
export const LISTED = 50;

/** `%`, `_` and `\` are words here, not LIKE's wildcards. */
const literally = (word: string) => word.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function searchTriageChoices(access: OrgAccess, query: TriageChoicesQuery): Promise<TriageChoices> {
  assertCan(access, "obstacles:triage");
  const { db } = access;
  const organisationId = access.organisation.id;
  const words = query.q.split(/\s+/).filter(Boolean).slice(0, 10);
  const limit = words.length ? FOUND : LISTED;
  const has = (word: string) => ({ contains: literally(word), mode: "insensitive" as const });

  if (query.for === "source") {
    const where = { organisationId, AND: words.map((word) => ({ name: has(word) })) };
    const select = { key: true, name: true } as const;
    const take = limit + 1;
    const [processes, systems, kpis] = await Promise.all([
      db.process.findMany({ where, select, orderBy: { name: "asc" }, take }),
      db.system.findMany({ where, select, orderBy: { name: "asc" }, take }),
      db.kpi.findMany({ where, select, orderBy: { name: "asc" }, take }),
    ]);
    const found = [
      ...processes.map((p) => ({ key: `process:${p.key}`, name: `Process: ${p.name}`, by: p.name })),
      ...systems.map((s) => ({ key: `system:${s.key}`, name: `System: ${s.name}`, by: s.name })),
      ...kpis.map((k) => ({ key: `kpi:${k.key}`, name: `KPI: ${k.name}`, by: k.name })),
    ].sort((a, b) => a.by.localeCompare(b.by) || a.name.localeCompare(b.name));
    return { choices: found.slice(0, limit).map(({ key, name }) => ({ key, name })), more: found.length > limit };
  }

  const behaviours = await db.behaviour.findMany({
    where: {
      organisationId,
      status: { not: "retired" },
      ...(query.stage ? { stage: { key: query.stage } } : {}),
      // Each word in what people do or in the role's name: "advisor refund" finds advisors' refund behaviours.
      AND: words.map((word) => ({ OR: [{ action: has(word) }, { role: { name: has(word) } }] })),
    },
    select: { key: true, action: true, role: { select: { name: true } }, stage: { select: { name: true } } },
    orderBy: [{ role: { name: "asc" } }, { action: "asc" }],
    take: limit + 1,
  });
  return {
    // The role and the stage tell apart behaviours that read alike.
    choices: behaviours
      .slice(0, limit)
      .map((b) => ({ key: b.key, name: `${b.role.name} · ${b.stage.name}: ${atWordBoundary(b.action, 90)}` })),
    more: behaviours.length > limit,
  };
}
