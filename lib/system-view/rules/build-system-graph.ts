/**
 * The system view's graph of a model and its findings (DESIGN §5): the clustered view, or the focus of
 * one KPI, process, system or role. Pure: the server operation loads the model and its analysis once.
 */
import type { Finding } from "@/lib/alignment/rules/finding";
import type { ModelDocument } from "@/lib/model/model-schema";
import { buildClusters } from "./build-clusters";
import { buildFocus } from "./build-focus";
import { markFindings, type FindingMarks } from "./finding-marks";
import { lookUp, type ModelLookup } from "./model-lookup";
import type { GraphOptions, SystemGraph } from "./graph-types";

/** What every graph of one model and its findings starts from: built once and kept while the model is unchanged. */
export type PreparedModel = { lookup: ModelLookup; marks: FindingMarks };

export function prepareModel(model: ModelDocument, findings: readonly Finding[]): PreparedModel {
  return { lookup: lookUp(model), marks: markFindings(findings) };
}

/** The graph to draw; null when the focus names nothing in the model. */
export function buildSystemGraph(
  model: ModelDocument,
  findings: readonly Finding[],
  options: GraphOptions = {},
  prepared: PreparedModel = prepareModel(model, findings),
): SystemGraph | null {
  const { marks, lookup } = prepared;
  return options.focus
    ? buildFocus(model, marks, { ...options, focus: options.focus }, undefined, lookup)
    : buildClusters(model, marks, options, undefined, lookup);
}

export type FocusChoice = { id: string; label: string; kind: "kpi" | "role" | "process" | "system"; detail?: string };

const KIND_WORDS = { kpi: "KPI", role: "Role", process: "Process", system: "System" } as const;

/** What a search box offers for a text: KPIs, roles, processes and systems whose name has it, starts first. */
export function searchFocus(model: ModelDocument, text: string, limit = 12): FocusChoice[] {
  const wanted = text.trim().toLocaleLowerCase();
  if (!wanted) return [];
  const departmentName = new Map(model.departments.map((d) => [d.key, d.name]));
  const all: { at: number; choice: FocusChoice }[] = [
    ...model.kpis.map((k) => ({ id: `kpi:${k.key}`, label: k.name, kind: "kpi" as const, department: k.department })),
    ...model.roles.map((r) => ({
      id: `role:${r.key}`,
      label: r.name,
      kind: "role" as const,
      department: r.department,
    })),
    ...model.processes.map((p) => ({
      id: `process:${p.key}`,
      label: p.name,
      kind: "process" as const,
      department: p.department,
    })),
    ...model.systems.map((s) => ({
      id: `system:${s.key}`,
      label: s.name,
      kind: "system" as const,
      department: undefined,
    })),
  ].flatMap(({ department, ...choice }) => {
    const at = choice.label.toLocaleLowerCase().indexOf(wanted);
    if (at < 0) return [];
    const where = department ? departmentName.get(department) : undefined;
    return [{ at, choice: { ...choice, detail: [KIND_WORDS[choice.kind], where].filter(Boolean).join(" · ") } }];
  });
  return all
    .sort((a, b) => Number(a.at > 0) - Number(b.at > 0) || a.choice.label.localeCompare(b.choice.label))
    .slice(0, limit)
    .map((m) => m.choice);
}
