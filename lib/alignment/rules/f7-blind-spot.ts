import { explainedFinding, type Finding } from "./finding";
import { roleByKey, type ModelIndex } from "./model-index";

/** F7 — a touchpoint (role, stage) with no approved behaviour: nobody has said what great looks like there. */
export function findBlindSpots(index: ModelIndex): Finding[] {
  const { touchpoints } = index.model;
  // A (role, stage) cell is a number: role × stages + stage, over every key behaviours and touchpoints name.
  const stageCount = index.stageNumber.size;
  const cellOf = (role: number, stage: number) => role * stageCount + stage;
  const roleOf = new Int32Array(touchpoints.length);
  const stageOf = new Int32Array(touchpoints.length);
  for (let t = 0; t < touchpoints.length; t++) {
    roleOf[t] = index.roleNumber.get(touchpoints[t]!.role) ?? -1;
    stageOf[t] = index.stageNumber.get(touchpoints[t]!.stage) ?? -1;
  }
  const covered = new Set<number>();
  for (const b of index.approved) covered.add(cellOf(index.behaviourRole[b]!, index.behaviourStage[b]!));
  const explain = (t: number) => {
    const touchpoint = touchpoints[t]!;
    const stage = stageOf[t]! < 0 ? undefined : index.stageAt[stageOf[t]!];
    return `The ${roleByKey(index, touchpoint.role)?.name ?? touchpoint.role} role takes part in “${stage?.name ?? touchpoint.stage}”, but no approved behaviour says what great looks like there.`;
  };
  const findings: Finding[] = [];
  for (let t = 0; t < touchpoints.length; t++) {
    // A key no behaviour names cannot be covered.
    if (roleOf[t]! >= 0 && stageOf[t]! >= 0 && covered.has(cellOf(roleOf[t]!, stageOf[t]!))) continue;
    findings.push(
      explainedFinding(
        "F7",
        "medium",
        [
          { kind: "role", key: touchpoints[t]!.role },
          { kind: "stage", key: touchpoints[t]!.stage },
        ],
        explain,
        t,
        0,
        0,
      ),
    );
  }
  return findings;
}
