/**
 * A new KPI in a scenario, from what the editor's form asks (its name, owning department, pay, what it
 * measures, the roles it measures, its counters). Its key is made from its name as the inventory makes one
 * (`uniqueKey`), unique among the model's KPIs and those the scenario adds: the member never sees or types it.
 */
import { sameName } from "@/lib/model/edits/same-name";
import type { Kpi } from "@/lib/model/model-schema";
import { uniqueKey } from "@/lib/model/rules/unique-key";
import type { ScenarioEdit } from "./scenario-schema";

export type NewKpiDraft = Pick<Kpi, "name" | "department" | "payLinked" | "direction" | "horizon" | "category"> & {
  /** What it measures, in words; blank for none. */
  definition: string;
  measuredRoles: string[];
  counters: string[];
};

/** `taken`: another KPI has the name (a conflict with the KPIs as they are, not a mistake in the draft). */
export type NewKpiResult =
  | { ok: true; edit: Extract<ScenarioEdit, { edit: "addKpi" }> }
  | { ok: false; field: "name"; message: string; taken?: true };

/** The `addKpi` edit for the draft, or why its name will not do. `kpis`: every KPI the scenario knows so far. */
export function newKpiEdit(draft: NewKpiDraft, kpis: readonly { key: string; name: string }[]): NewKpiResult {
  const name = draft.name.trim();
  if (!name) return { ok: false, field: "name", message: "Give the new KPI a name." };
  if (name.length > 200) return { ok: false, field: "name", message: "At most 200 characters." };
  if (kpis.some((kpi) => sameName(kpi.name, name)))
    return { ok: false, field: "name", message: `There is already a KPI named “${name}”.`, taken: true };
  const definition = draft.definition.trim();
  const kpi: Kpi = {
    key: uniqueKey(
      name,
      kpis.map((k) => k.key),
    ),
    name,
    ...(definition ? { definition: definition.slice(0, 4000) } : {}),
    direction: draft.direction,
    department: draft.department,
    ...(draft.measuredRoles.length ? { measuredRoles: [...new Set(draft.measuredRoles)] } : {}),
    payLinked: draft.payLinked,
    horizon: draft.horizon,
    category: draft.category,
    ...(draft.counters.length ? { counters: [...new Set(draft.counters)] } : {}),
  };
  return { ok: true, edit: { edit: "addKpi", kpi } };
}
