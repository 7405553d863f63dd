/**
 * The KPIs, the influence sources (KPIs, processes, systems) and, for a new KPI, the roles the scenario editor
 * offers, found by words:
 * a search, since a large model has tens of thousands of KPIs and the editor must not carry them all
 * (`get-scenario-choices.ts` sends only those a scenario names and the first ones by name). With no words,
 * the first fifty by name: in a small model that is every one, so the select lists them all as a plain one
 * would. Found in the model the preview runs on, so what is offered is what a change may name.
 */
import { getOrganisationAnalysis } from "@/lib/alignment/get-organisation-analysis";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
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

type Sorted = { kpis: KpiChoice[]; sources: (SourceChoice & { by: string })[]; roles: RoleChoice[] };

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
    };
    sortedByModel.set(model, sorted);
  }
  return sorted;
}

/** The first of `items` whose name (`by`, for sources: without the kind) has every word of `q`. */
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
