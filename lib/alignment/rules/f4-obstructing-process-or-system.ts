import { makeFinding, type Finding } from "../finding";
import type { ModelIndex } from "../model-index";
import { behaviourPhrase, because } from "../wording";

/** F4 — a process or system that obstructs an approved behaviour: medium; high for customer-facing roles. */
export function findObstructingProcessesAndSystems(index: ModelIndex): Finding[] {
  const findings: Finding[] = [];
  for (const behaviour of index.approved) {
    for (const influence of index.influencesOn.get(behaviour.key) ?? []) {
      if (influence.effect !== "obstructs") continue;
      const found = index.sources.get(influence.from);
      if (!found || found.kind === "kpi") continue;
      const { kind, item: source } = found;
      const role = index.roles.get(behaviour.role);
      findings.push(
        makeFinding(
          "F4",
          role?.customerFacing ? "high" : "medium",
          [{ kind, key: source.key }, { kind: "behaviour", key: behaviour.key }],
          () => `The ${kind} “${source.name}” gets in the way of ${behaviourPhrase(behaviour, role)}.${because(influence.why)}`,
          { customerFacing: role?.customerFacing ?? false },
        ),
      );
    }
  }
  return findings;
}
