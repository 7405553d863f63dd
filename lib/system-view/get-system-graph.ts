/**
 * The system view of an organisation (DESIGN §5): the graph of its model as it is now, with its findings,
 * clustered or focused — only what is drawn, never the whole model. The model and its analysis come from
 * the one loader the findings use (getOrganisationAnalysis, kept while the model is unchanged); what the
 * graph builds on them — lookups, and the views asked for lately — is kept alongside, so the clustered view
 * is built once per model version and a focus change costs only its neighbourhood.
 */
import type { ModelDocument } from "@/lib/model/model-schema";
import type { Finding } from "@/lib/alignment/rules/finding";
import {
  getOrganisationAnalysis,
  loadOrganisationAnalysis,
  type OrganisationAnalysis,
} from "@/lib/alignment/get-organisation-analysis";
import type { Db } from "@/lib/db/types";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { ValidationError } from "@/lib/errors";
import {
  buildSystemGraph,
  prepareModel,
  searchFocus,
  type FocusChoice,
  type PreparedModel,
} from "./rules/build-system-graph";
import type { SystemGraph } from "./rules/graph-types";
import { parseFocus } from "./rules/build-focus";
import type { SystemGraphQuery } from "./input";

/** What is built on one version of a model: its lookups, and the views asked for lately (most recent last). */
type Built = { prepared: PreparedModel; views: Map<string, SystemView> };
const VIEWS_KEPT = 24;

/**
 * Keyed by the model object, which getOrganisationAnalysis keeps while the model is unchanged (a new version is
 * a new object, so nothing here goes stale). On globalThis: the page and the route may hold separate copies of
 * this module, and the clustered view the page draws is the one the route is asked for next.
 */
const globalForGraph = globalThis as unknown as { throughlineSystemGraphs?: WeakMap<ModelDocument, Built> };
const built = (globalForGraph.throughlineSystemGraphs ??= new WeakMap<ModelDocument, Built>());

function builtFor(model: ModelDocument, findings: readonly Finding[]): Built {
  let found = built.get(model);
  if (!found) built.set(model, (found = { prepared: prepareModel(model, findings), views: new Map() }));
  return found;
}

/** The same view whatever the order of its query's fields and opened departments. */
const viewKey = (query: SystemGraphQuery) =>
  JSON.stringify([query.focus, query.department, query.stage, query.severity, [...(query.expand ?? [])].sort()]);

export type SystemView = SystemGraph & {
  /** What the filters offer. */
  choices: { departments: { key: string; name: string }[]; stages: { key: string; name: string }[] };
};

/** Checks the query against the model: a focus, department or stage it does not have is a 400 naming it. */
function checkQuery(model: ModelDocument, query: SystemGraphQuery): void {
  if (query.focus && !parseFocus(model, query.focus))
    throw new ValidationError("focus", `focus: "${query.focus}" is not a KPI, role, process or system of this model.`);
  if (query.department && !model.departments.some((d) => d.key === query.department))
    throw new ValidationError("department", `department: "${query.department}" is not a department of this model.`);
  if (query.stage && !model.stages.some((s) => s.key === query.stage))
    throw new ValidationError("stage", `stage: "${query.stage}" is not a stage of this model.`);
}

export async function getSystemGraph(access: OrgAccess, query: SystemGraphQuery): Promise<SystemView> {
  assertCan(access, "organisation:read");
  return systemViewOf(await getOrganisationAnalysis(access), query);
}

/**
 * Reads, analyses and builds the clustered view the page opens on, so the first visit after the server starts
 * or after the model changes finds it ready (lib/system-view/warm-up.ts). No member: it shows nothing to anyone.
 */
export async function warmSystemView(db: Db, organisation: { id: string; name: string }): Promise<void> {
  systemViewOf(await loadOrganisationAnalysis(db, organisation), {});
}

function systemViewOf({ model, analysis }: OrganisationAnalysis, query: SystemGraphQuery): SystemView {
  checkQuery(model, query);
  const { prepared, views } = builtFor(model, analysis.findings);
  const key = viewKey(query);
  let view = views.get(key);
  if (view) views.delete(key);
  else
    view = {
      ...buildSystemGraph(model, analysis.findings, query, prepared)!,
      choices: {
        departments: model.departments.map((d) => ({ key: d.key, name: d.name })),
        stages: model.stages.map((s) => ({ key: s.key, name: s.name })),
      },
    };
  views.set(key, view);
  if (views.size > VIEWS_KEPT) views.delete(views.keys().next().value!);
  return view;
}

/** What the search box offers for a text: KPIs, roles, processes and systems by name. */
export async function searchSystem(access: OrgAccess, text: string): Promise<FocusChoice[]> {
  assertCan(access, "organisation:read");
  const { model } = await getOrganisationAnalysis(access);
  return searchFocus(model, text);
}
