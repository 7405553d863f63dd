/**
 * The KPIs, the influence sources (KPIs, processes, systems) and, for a new KPI, the roles and the owning
 * departments the scenario editor offers, found by words:
 * a search, since a large model has tens of thousands of KPIs and the editor must not carry them all
 * (`get-scenario-choices.ts` sends only those a scenario names and the first ones by name). With no words,
 * the first fifty by name: in a small model that is every one, so the select lists them all as a plain one
 * would. Found in the model the preview runs on, so what is offered is what a change may name.
 */
import { getOrganisationAnalysis } from "@/lib/alignment/get-organisation-analysis";
import { departmentKeysInReach } from "@/lib/access/department-scope";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { can } from "@/lib/access/permissions";
import type { ModelDocument } from "@/lib/model/model-schema";
import { firstMatching, searchWords } from "@/lib/text/words";

export type KpiChoice = { key: string; name: string; payLinked: boolean };
/** An influence source: `kpi:`, `process:` or `system:` and its key, named with its kind ("KPI: Average handle time"). */
export type SourceChoice = { key: string; name: string };
/** `more`: more match than are listed (the editor asks for more words). */
export type Found<T> = { choices: T[]; more: boolean };

/** Listed for words typed; listed with none. */
export const FOUND = 20;
export const LISTED = 50;

/** A role a new KPI may measure, named with its department ("Advisor · Contact centre"). */
export type RoleChoice = { key: string; name: string };

/** A department a new KPI may belong to; found by the words of its name and its key. */
export type DepartmentChoice = { key: string; name: string };

type Sorted = {
  kpis: KpiChoice[];
  sources: (SourceChoice & { by: string })[];
  roles: RoleChoice[];
  departments: (DepartmentChoice & { by: string })[];
};

const collator = new Intl.Collator();
/** Per model version (a new version is a new object): sorted once, searched on every keystroke. */
const sortedByModel = new WeakMap<ModelDocument, Sorted>();

/** The model's KPIs and influence sources by name, as the editor lists them. */
export function sortedChoices(model: ModelDocument): Sorted {
  let sorted = sortedByModel.get(model);
  if (!sorted) {
    const departmentName = new Map(model.departments.map((d) => [d.key, d.name]));
    sorted = {
      kpis: model.kpis
        .map((k) => ({ key: k.key, name: k.name, payLinked: k.payLinked }))
        .sort((a, b) => collator.compare(a.name, b.name)),
      sources: [
        ...model.kpis.map((k) => ({ key: `kpi:${k.key}`, name: `KPI: ${k.name}`, by: k.name })),
        ...model.processes.map((p) => ({ key: `process:${p.key}`, name: `Process: ${p.name}`, by: p.name })),
        ...model.systems.map((s) => ({ key: `system:${s.key}`, name: `System: ${s.name}`, by: s.name })),
      ].sort((a, b) => collator.compare(a.by, b.by) || collator.compare(a.name, b.name)),
      roles: model.roles
        .map((r) => ({ key: r.key, name: `${r.name} · ${departmentName.get(r.department) ?? r.department}` }))
        .sort((a, b) => collator.compare(a.name, b.name)),
      departments: model.departments
        .map((d) => ({ key: d.key, name: d.name, by: `${d.name} ${d.key}` }))
        .sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.key, b.key)),
    };
    sortedByModel.set(model, sorted);
  }
  return sorted;
}

/** The first of `items` whose name (`by`: for sources without the kind, for departments with the key) has every word of `q`. */
function found<T extends { name: string; by?: string }>(items: readonly T[], q: string): Found<T> {
  const { shown, more } = firstMatching(items, q, searchWords(q).length ? FOUND : LISTED, (i) => i.by ?? i.name);
  return { choices: shown, more };
}

export async function searchScenarioKpis(access: OrgAccess, q: string): Promise<Found<KpiChoice>> {
  assertCan(access, "organisation:read");
  const { model } = await getOrganisationAnalysis(access);
  return found(sortedChoices(model).kpis, q);
}

export async function searchScenarioSources(access: OrgAccess, q: string): Promise<Found<SourceChoice>> {
  assertCan(access, "organisation:read");
  const { model } = await getOrganisationAnalysis(access);
  const { choices, more } = found(sortedChoices(model).sources, q);
  return { choices: choices.map(({ key, name }) => ({ key, name })), more };
}

/** Roles a new KPI may measure, by the words of their name and their department's ("contact advisor"). */
export async function searchScenarioRoles(access: OrgAccess, q: string): Promise<Found<RoleChoice>> {
  assertCan(access, "organisation:read");
  const { model } = await getOrganisationAnalysis(access);
  return found(sortedChoices(model).roles, q);
}

/**
 * The departments a new KPI may belong to, by the words of their name or key ("contact centre", "billing"):
 * those the member may draft for (every one, or a department head's own and those below them), none for a
 * member who may not draft.
 */
export async function searchScenarioDepartments(access: OrgAccess, q: string): Promise<Found<DepartmentChoice>> {
  assertCan(access, "organisation:read");
  const { model } = await getOrganisationAnalysis(access);
  return departmentsFound(model, await departmentsInReach(access), q);
}

/** The department keys the member may draft a new KPI for: null for every one. */
export async function departmentsInReach(access: OrgAccess): Promise<ReadonlySet<string> | null> {
  if (!can(access.membership.role, "scenarios:draft")) return new Set();
  const keys = await departmentKeysInReach(access.db, access, "scenarios:draft");
  return keys && new Set(keys);
}

/** The first departments in reach (`null`: all) matching `q`, as `{ key, name }`. */
export function departmentsFound(
  model: ModelDocument,
  inReach: ReadonlySet<string> | null,
  q: string,
): Found<DepartmentChoice> {
  const all = sortedChoices(model).departments;
  const { choices, more } = found(inReach ? all.filter((d) => inReach.has(d.key)) : all, q);
  return { choices: choices.map(({ key, name }) => ({ key, name })), more };
}

/** The first page of each, with no words: what the editor shows before anyone types. */
export function firstChoices(model: ModelDocument): {
  kpis: Found<KpiChoice>;
  sources: Found<SourceChoice>;
  roles: Found<RoleChoice>;
} {
  const sorted = sortedChoices(model);
  const sources = found(sorted.sources, "");
  return {
    kpis: found(sorted.kpis, ""),
    sources: { choices: sources.choices.map(({ key, name }) => ({ key, name })), more: sources.more },
    roles: found(sorted.roles, ""),
  };
}
