import { makeFinding, type Finding } from "./finding";
import { behaviourAt, forEachInfluenceOn, type ModelIndex } from "./model-index";
import { behaviourPhrase, because } from "./wording";

/** F4 — a process or system that obstructs an approved behaviour: medium; high for customer-facing roles. */
export function findObstructingProcessesAndSystems(index: ModelIndex): Finding[] {
  const findings: Finding[] = [];
  for (const b of index.approved) {
    if (!index.obstructed[b]) continue;
    const behaviour = behaviourAt(index, b);
    forEachInfluenceOn(index, b, (i, source, obstructs) => {
      if (!obstructs || source.kind === "kpi") return;
      const { kind, item } = source;
      const role = index.roles.get(behaviour.role);
      const why = index.model.influences[i]!.why;
      findings.push(
        makeFinding(
          "F4",
          role?.customerFacing ? "high" : "medium",
          [
            { kind, key: item.key },
            { kind: "behaviour", key: behaviour.key },
          ],
          () => `The ${kind} “${item.name}” gets in the way of ${behaviourPhrase(behaviour, role)}.${because(why)}`,
          { customerFacing: role?.customerFacing ?? false },
        ),
      );
    });
  }
  return findings;
}
