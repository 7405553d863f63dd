import { makeFinding, type Finding } from "./finding";
import type { ModelIndex } from "./model-index";

/** F7 — a touchpoint (role, stage) with no approved behaviour: nobody has said what great looks like there. */
export function findBlindSpots(index: ModelIndex): Finding[] {
  const covered = new Set<string>();
  for (const b of index.approved)
    covered.add(`${index.model.behaviours[b]!.role}\u0000${index.model.behaviours[b]!.stage}`);
  const stageNames = new Map(index.model.stages.map((s) => [s.key, s.name]));
  return index.model.touchpoints
    .filter((t) => !covered.has(`${t.role}\u0000${t.stage}`))
    .map((t) =>
      makeFinding(
        "F7",
        "medium",
        [
          { kind: "role", key: t.role },
          { kind: "stage", key: t.stage },
        ],
        () =>
          `The ${index.roles.get(t.role)?.name ?? t.role} role takes part in “${stageNames.get(t.stage) ?? t.stage}”, but no approved behaviour says what great looks like there.`,
      ),
    );
}
