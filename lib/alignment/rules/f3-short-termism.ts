import { explainedFinding, raise, type Finding } from "./finding";
import { behaviourSubject, forEachObstructingKpi, kpiSubject, roleOfBehaviour, type ModelIndex } from "./model-index";
import { behaviourPhrase, because } from "./wording";
import { isShortTermFinancial, obstructingKpiFacts, obstructingKpiSeverity } from "./f1-obstructing-kpi";

/** F3 — short-termism: an obstructing KPI that is short-term and financial, one level above F1. */
export function findShortTermism(index: ModelIndex): Finding[] {
  const { kpis, behaviours, influences } = index.model;
  const facts = obstructingKpiFacts();
  const explain = (k: number, b: number, i: number) => {
    const kpi = kpis[k]!;
    return `${kpi.name}, a short-term financial measure${kpi.payLinked ? " tied to pay or bonus" : ""}, trades the long-term customer relationship for this period's numbers: it works against ${behaviourPhrase(behaviours[b]!, roleOfBehaviour(index, b))}.${because(influences[i]!.why)}`;
  };
  const findings: Finding[] = [];
  forEachObstructingKpi(index, (b, k, i) => {
    const kpi = kpis[k]!;
    if (!isShortTermFinancial(kpi)) return;
    const role = roleOfBehaviour(index, b);
    findings.push(
      explainedFinding(
        "F3",
        raise(obstructingKpiSeverity(kpi, role)),
        [kpiSubject(index, k), behaviourSubject(index, b)],
        explain,
        k,
        b,
        i,
        facts[(kpi.payLinked ? 2 : 0) + (role?.customerFacing ? 1 : 0)],
      ),
    );
  });
  return findings;
}
