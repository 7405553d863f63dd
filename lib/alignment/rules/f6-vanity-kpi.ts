import { makeFinding, type Finding } from "./finding";
import type { ModelIndex } from "./model-index";

/** F6 — a KPI that influences no behaviour of any status: measured, but it changes nothing anyone does. */
export function findVanityKpis(index: ModelIndex): Finding[] {
  // KPIs come first among the sources, so KPI k is source k.
  return index.model.kpis
    .filter((_kpi, k) => !index.sourceUsed[k])
    .map((kpi) =>
      makeFinding(
        "F6",
        "low",
        [{ kind: "kpi", key: kpi.key }],
        () =>
          `${kpi.name} is measured but is not linked to any behaviour: either map what it pushes people to do, or ask why it is tracked.`,
      ),
    );
}
