import { makeFinding, raise, type Finding } from "../finding";
import type { ModelIndex } from "../model-index";
import { behaviourPhrase, because } from "../wording";
import { isShortTermFinancial, obstructingKpiSeverity } from "./f1-obstructing-kpi";

/** F3 — short-termism: an obstructing KPI that is short-term and financial, one level above F1. */
export function findShortTermism(index: ModelIndex): Finding[] {
  const findings: Finding[] = [];
  for (const behaviour of index.approved) {
    for (const influence of index.influencesOn.get(behaviour.key) ?? []) {
      if (influence.effect !== "obstructs") continue;
      const source = index.sources.get(influence.from);
      if (source?.kind !== "kpi") continue;
      const kpi = source.item;
      if (!isShortTermFinancial(kpi)) continue;
      const role = index.roles.get(behaviour.role);
      findings.push(
        makeFinding(
          "F3",
          raise(obstructingKpiSeverity(kpi, role)),
          [{ kind: "kpi", key: kpi.key }, { kind: "behaviour", key: behaviour.key }],
          () => `${kpi.name}, a short-term financial measure${kpi.payLinked ? " tied to pay or bonus" : ""}, trades the long-term customer relationship for this period's numbers: it works against ${behaviourPhrase(behaviour, role)}.${because(influence.why)}`,
          { payLinked: kpi.payLinked, customerFacing: role?.customerFacing ?? false },
        ),
      );
    }
  }
  return findings;
}
