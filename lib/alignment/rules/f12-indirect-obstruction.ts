import type { Kpi } from "@/lib/model/model-schema";
import { makeFinding, type Finding } from "./finding";
import type { ModelIndex } from "./model-index";
import { behaviourPhrase } from "./wording";

/**
 * F12 — indirect obstruction: one finding per (K, J, B) where K trades off against J, J supports the
 * approved behaviour B, and K does not obstruct B itself (that is F1's or F3's). Pushing K up drags J down,
 * and with it what J holds up. Medium; high if K is tied to pay.
 */
export function findIndirectObstruction(index: ModelIndex): Finding[] {
  const links = (index.model.kpiLinks ?? []).filter((link) => link.effect === "trades-off");
  if (links.length === 0) return [];
  // Per KPI (KPI k is source k): the approved behaviours it supports, in model order, and the
  // (KPI, behaviour) pairs where it obstructs, as numbers rather than strings (large models).
  const behaviourCount = index.model.behaviours.length;
  const supports = new Map<number, number[]>();
  const obstructs = new Set<number>();
  for (const b of index.approved) {
    for (let r = index.rowStart[b]!; r < index.rowStart[b + 1]!; r++) {
      const i = index.byBehaviour[r]!;
      const source = index.influenceSource[i]!;
      if (index.sources[source]!.kind !== "kpi") continue;
      if (index.influenceObstructs[i]) obstructs.add(source * behaviourCount + b);
      else {
        const list = supports.get(source);
        if (list) list.push(b);
        else supports.set(source, [b]);
      }
    }
  }
  const kpiNumber = new Map(index.model.kpis.map((kpi, k) => [kpi.key, k]));
  const findings: Finding[] = [];
  for (const link of links) {
    const kn = kpiNumber.get(link.from);
    const jn = kpiNumber.get(link.to);
    if (kn === undefined || jn === undefined || kn === jn) continue;
    const [k, j] = [index.model.kpis[kn]!, index.model.kpis[jn]!];
    for (const b of supports.get(jn) ?? []) {
      if (obstructs.has(kn * behaviourCount + b)) continue;
      const behaviour = index.model.behaviours[b]!;
      findings.push(
        makeFinding(
          "F12",
          k.payLinked ? "high" : "medium",
          [
            { kind: "kpi", key: k.key },
            { kind: "kpi", key: j.key },
            { kind: "behaviour", key: behaviour.key },
          ],
          () => explain(k, j, behaviourPhrase(behaviour, index.roles.get(behaviour.role))),
          { payLinked: k.payLinked },
        ),
      );
    }
  }
  return findings;
}

function explain(k: Kpi, j: Kpi, behaviour: string): string {
  return `${k.name}${k.payLinked ? ", tied to pay or bonus," : ""} trades off against ${j.name}, and ${j.name} is what helps ${behaviour}. Chasing ${k.name} works against that behaviour indirectly: weigh the two together, or give the behaviour support that does not depend on ${j.name}.`;
}
