/**
 * The stage of the customer room that should stand out on the wall: the one with the most severe
 * conflicts. Most critical findings first, then most high, then most findings of any severity; a tie
 * goes to the earlier stage, so the choice never jumps about between two equal stages. Pure.
 */
import type { Severity } from "@/lib/alignment/rules/finding";

export type StageConflicts = {
  key: string;
  conflicts: { total: number; bySeverity: Record<Severity, number> };
};

/** The key of the stage with the most severe conflicts, or null when no stage has any. */
export function mostSevereStage(stages: readonly StageConflicts[]): string | null {
  let best: StageConflicts | null = null;
  for (const stage of stages) {
    if (stage.conflicts.total === 0) continue;
    if (!best || moreSevere(stage, best)) best = stage;
  }
  return best?.key ?? null;
}

function moreSevere(a: StageConflicts, b: StageConflicts): boolean {
  const order = [
    a.conflicts.bySeverity.critical - b.conflicts.bySeverity.critical,
    a.conflicts.bySeverity.high - b.conflicts.bySeverity.high,
    a.conflicts.total - b.conflicts.total,
  ];
  return (order.find((difference) => difference !== 0) ?? 0) > 0;
}
