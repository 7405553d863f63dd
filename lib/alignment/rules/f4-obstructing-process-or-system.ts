import { explainedFinding, type Finding } from "./finding";
import { behaviourSubject, roleOfBehaviour, sharedFacts, sourceSubject, type ModelIndex } from "./model-index";
import { behaviourPhrase, because } from "./wording";

/** F4 — a process or system that obstructs an approved behaviour: medium; high for customer-facing roles. */
export function findObstructingProcessesAndSystems(index: ModelIndex): Finding[] {
  const { behaviours, influences } = index.model;
  const facts = sharedFacts((bits) => ({ customerFacing: bits === 1 }), 2);
  const explain = (s: number, b: number, i: number) => {
    const { kind, item } = index.sources[s]!;
    return `The ${kind} “${item.name}” gets in the way of ${behaviourPhrase(behaviours[b]!, roleOfBehaviour(index, b))}.${because(influences[i]!.why)}`;
  };
  const findings: Finding[] = [];
  for (const b of index.approved) {
    if (!index.obstructed[b]) continue;
    const customerFacing = roleOfBehaviour(index, b)?.customerFacing ?? false;
    for (let r = index.rowStart[b]!; r < index.rowStart[b + 1]!; r++) {
      const i = index.byBehaviour[r]!;
      const source = index.rowSource[r]!;
      if (!index.rowObstructs[r] || source < index.kpiCount) continue;
      findings.push(
        explainedFinding(
          "F4",
          customerFacing ? "high" : "medium",
          [sourceSubject(index, source), behaviourSubject(index, b)],
          explain,
          source,
          b,
          i,
          facts[customerFacing ? 1 : 0],
        ),
      );
    }
  }
  return findings;
}
