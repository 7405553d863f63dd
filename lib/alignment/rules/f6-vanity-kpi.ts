import { makeFinding, type Finding } from "../finding";
import type { ModelIndex } from "../model-index";

/** F6 — a KPI that influences no behaviour of any status: measured, but it changes nothing anyone does. */
export function findVanityKpis(index: ModelIndex): Finding[] {
  return index.model.kpis
    .filter((kpi) => !index.influencingSources.has(`kpi:${kpi.key}`))
    .map((kpi) =>
      makeFinding("F6", "low", [{ kind: "kpi", key: kpi.key }], () => `${kpi.name} is measured but is not linked to any behaviour: either map what it pushes people to do, or ask why it is tracked.`),
    );
}
