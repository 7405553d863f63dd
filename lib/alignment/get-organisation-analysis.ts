import { analyzeModel, type Analysis } from "@/lib/alignment/rules/analyze-model";
import { readModel } from "@/lib/model/export-model";
import type { ModelDocument } from "@/lib/model/model-schema";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import type { Db } from "@/lib/db/types";

export type OrganisationAnalysis = { model: ModelDocument; analysis: Analysis };
type Entry = { stamp: string; value: Promise<OrganisationAnalysis> };

/**
 * Recently analysed organisations of this process (a large model takes seconds to read and analyse). Kept on
 * globalThis: Next can load this module once for the pages and once for the routes, and both must share it.
 */
const globalForAnalysis = globalThis as unknown as { throughlineAnalysed?: Map<string, Entry> };
const analysed = (globalForAnalysis.throughlineAnalysed ??= new Map<string, Entry>());
/** How many organisations are kept; the server warms as many at start (lib/system-view/warm-up.ts). */
export const ANALYSES_KEPT = 8;

type Organisation = { id: string; name: string };

/**
 * Where the organisation's model stands: every change to it records an audit event in the same
 * transaction, so the number of events and the latest one's time change whenever the model does.
 */
async function modelStamp(db: Db, organisation: Organisation): Promise<string> {
  const [row] = await db.$queryRaw<{ events: number; last: Date | null }[]>`
    SELECT count(*)::int AS events, max("at") AS last FROM "AuditEvent" WHERE "organisationId" = ${organisation.id}`;
  return `${row?.events ?? 0}:${row?.last?.toISOString() ?? "-"}:${organisation.name}`;
}

/**
 * The organisation's model and its analysis as the model is now. Findings are never stale: the
 * analysis is kept only while the model's audit stamp is unchanged, and recomputed as soon as it moves.
 */
export async function getOrganisationAnalysis(access: OrgAccess): Promise<OrganisationAnalysis> {
  assertCan(access, "organisation:read");
  return loadOrganisationAnalysis(access.db, access.organisation);
}

/**
 * The same without a member: for the server's own warm-up (at start and after a change), which shows nothing to
 * anyone — members reach the analysis only through getOrganisationAnalysis. A request that arrives while a
 * warm-up reads the same version of the model waits for that read rather than starting another.
 */
export async function loadOrganisationAnalysis(db: Db, organisation: Organisation): Promise<OrganisationAnalysis> {
  const stamp = await modelStamp(db, organisation);
  const key = organisation.id;
  const entry = analysed.get(key);
  if (entry && entry.stamp === stamp) {
    // Most recently used last, so the oldest is the one dropped.
    analysed.delete(key);
    analysed.set(key, entry);
    return entry.value;
  }
  const value = readModel(db, organisation.id, organisation.name).then((model) => ({
    model,
    analysis: analyzeModel(model),
  }));
  analysed.set(key, { stamp, value });
  value.catch(() => {
    if (analysed.get(key)?.value === value) analysed.delete(key);
  });
  while (analysed.size > ANALYSES_KEPT) analysed.delete(analysed.keys().next().value!);
  return value;
}
