/** Word-level comparison of two versions of a behaviour, for the side-by-side view. */
import { diffWords } from "diff";

export type DiffPart = { text: string; change: "same" | "added" | "removed" };
export type FieldComparison = { field: string; label: string; before: DiffPart[]; after: DiffPart[]; changed: boolean };

type Comparable = { action: string; why: string | null; evidence: string | null; status: string; objectives: string[] };

const FIELDS: { field: keyof Comparable; label: string }[] = [
  { field: "action", label: "Observable action" },
  { field: "why", label: "Why it matters to the customer" },
  { field: "evidence", label: "How you would see it" },
  { field: "objectives", label: "Objectives" },
  { field: "status", label: "Status" },
];

/** What a version names as its objectives, in the organisation's words (keys are for URLs and exports). */
export type ObjectiveNames = ReadonlyMap<string, string>;

/** Said of an objective a version served that has since left the model, instead of its key. */
export const REMOVED_OBJECTIVE = "an objective since removed";

const asText = (value: Comparable[keyof Comparable], objectiveNames: ObjectiveNames) =>
  Array.isArray(value) ? value.map((key) => objectiveNames.get(key) ?? REMOVED_OBJECTIVE).join("; ") : (value ?? "");

export function compareVersions(
  older: Comparable,
  newer: Comparable,
  objectiveNames: ObjectiveNames,
): FieldComparison[] {
  return FIELDS.map(({ field, label }) => {
    const parts = diffWords(asText(older[field], objectiveNames), asText(newer[field], objectiveNames));
    return {
      field,
      label,
      changed: parts.some((p) => p.added || p.removed),
      before: parts.filter((p) => !p.added).map((p) => ({ text: p.value, change: p.removed ? "removed" : "same" })),
      after: parts.filter((p) => !p.removed).map((p) => ({ text: p.value, change: p.added ? "added" : "same" })),
    };
  });
}
