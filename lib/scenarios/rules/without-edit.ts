/**
 * Taking a change back out of a draft scenario. Taking back a new KPI takes back the later changes that
 * name it as well (a counter, a link, an influence, another new KPI it counters): without it they would not
 * fit, and the preview would answer with an error about a KPI the member never sees by its key.
 */
import { parseInfluenceSource } from "@/lib/model/rules/references";
import type { ScenarioEdit } from "./scenario-schema";

/** The KPIs an edit names (by key), besides the one a new KPI brings. */
export function kpisNamedBy(edit: ScenarioEdit): string[] {
  switch (edit.edit) {
    case "dropPayLink":
    case "addPayLink":
    case "removeKpi":
      return [edit.kpi];
    case "addKpi":
      return edit.kpi.counters ?? [];
    case "addCounter":
    case "removeCounter":
      return [edit.kpi, edit.counter];
    case "setInfluence":
    case "removeInfluence": {
      const source = parseInfluenceSource(edit.from);
      return source.kind === "kpi" ? [source.key] : [];
    }
    case "setKpiLink":
    case "removeKpiLink":
      return [edit.from, edit.to];
  }
}

/** The edits without the one at `index`, and how many later edits went with it. */
export function withoutEdit(
  edits: readonly ScenarioEdit[],
  index: number,
): { edits: ScenarioEdit[]; alsoRemoved: number } {
  const removed = edits[index];
  const gone = new Set(removed?.edit === "addKpi" ? [removed.kpi.key] : []);
  const kept: ScenarioEdit[] = [];
  let alsoRemoved = 0;
  edits.forEach((edit, i) => {
    if (i === index) return;
    if (i > index && gone.size && kpisNamedBy(edit).some((key) => gone.has(key))) {
      if (edit.edit === "addKpi") gone.add(edit.kpi.key);
      alsoRemoved++;
      return;
    }
    kept.push(edit);
  });
  return { edits: kept, alsoRemoved };
}
