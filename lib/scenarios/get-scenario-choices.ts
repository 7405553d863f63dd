/**
 * What the scenario editor offers to choose from (the model's KPIs, processes, systems and behaviours, by
 * name; for a new KPI, the departments the member may draft for and the roles it may measure), and what the
 * member may do with a scenario.
 */
import { getOrganisationAnalysis } from "@/lib/alignment/get-organisation-analysis";
import { departmentKeysInReach } from "@/lib/access/department-scope";
import { can } from "@/lib/access/permissions";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import type { ScenarioEdit } from "./rules/scenario-schema";

export type ScenarioChoices = {
  kpis: { key: string; name: string; payLinked: boolean }[];
  processes: { key: string; name: string }[];
  systems: { key: string; name: string }[];
  /** Only those the scenario's edits name: the editor searches the rest (`search-behaviours.ts`). */
  behaviours: { key: string; name: string }[];
  /** Where a new KPI may belong: every department, or a head's own (and those below them). */
  departments: { key: string; name: string }[];
  /** Roles a new KPI may measure, named with their department ("Advisor · Contact centre"). */
  roles: { key: string; name: string }[];
  may: { draft: boolean; apply: boolean; act: boolean };
};

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

export async function getScenarioChoices(
  access: OrgAccess,
  edits: readonly ScenarioEdit[] = [],
): Promise<ScenarioChoices> {
  assertCan(access, "organisation:read");
  const { model } = await getOrganisationAnalysis(access);
  const role = access.membership.role;
  const named = new Set(
    edits.flatMap((e) => (e.edit === "setInfluence" || e.edit === "removeInfluence" ? [e.to] : [])),
  );
  const draft = can(role, "scenarios:draft");
  const inReach = draft ? await departmentKeysInReach(access.db, access, "scenarios:draft") : [];
  const mine = inReach && new Set(inReach);
  const departmentName = new Map(model.departments.map((d) => [d.key, d.name]));
  return {
    kpis: model.kpis.map((k) => ({ key: k.key, name: k.name, payLinked: k.payLinked })).sort(byName),
    processes: model.processes.map((p) => ({ key: p.key, name: p.name })).sort(byName),
    systems: model.systems.map((s) => ({ key: s.key, name: s.name })).sort(byName),
    behaviours: model.behaviours.filter((b) => named.has(b.key)).map((b) => ({ key: b.key, name: b.action })),
    departments: draft
      ? model.departments
          .filter((d) => !mine || mine.has(d.key))
          .map((d) => ({ key: d.key, name: d.name }))
          .sort(byName)
      : [],
    roles: draft
      ? model.roles
          .map((r) => ({ key: r.key, name: `${r.name} · ${departmentName.get(r.department) ?? r.department}` }))
          .sort(byName)
      : [],
    may: { draft, apply: can(role, "scenarios:apply"), act: can(role, "actions:own") },
  };
}
