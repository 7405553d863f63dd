/**
 * The three kinds of inventory item a member renames and removes: how people read each one (in the
 * confirmation, the audit trail, the not-found message) and where the API keeps it.
 */
export type InventoryKind = "kpi" | "process" | "system";

/** Within a sentence: "Remove the KPI …", "Renamed the process …". */
export const KIND_NAMES: Record<InventoryKind, string> = { kpi: "KPI", process: "process", system: "system" };

/** At the start of a sentence: "KPI not found", "Process not found". */
export function kindTitle(kind: InventoryKind): string {
  const name = KIND_NAMES[kind];
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The API's collection of each kind: `/api/orgs/<org>/<path>/<key>`. */
export const KIND_PATHS: Record<InventoryKind, string> = { kpi: "kpis", process: "processes", system: "systems" };
