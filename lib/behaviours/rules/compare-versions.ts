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

const asText = (value: Comparable[keyof Comparable]) => (Array.isArray(value) ? value.join(", ") : (value ?? ""));

export function compareVersions(older: Comparable, newer: Comparable): FieldComparison[] {
  return FIELDS.map(({ field, label }) => {
    const parts = diffWords(asText(older[field]), asText(newer[field]));
    return {
      field,
      label,
      changed: parts.some((p) => p.added || p.removed),
      before: parts.filter((p) => !p.added).map((p) => ({ text: p.value, change: p.removed ? "removed" : "same" })),
      after: parts.filter((p) => !p.removed).map((p) => ({ text: p.value, change: p.added ? "added" : "same" })),
    };
  });
}
