import type { Kpi } from "@/lib/model/model-schema";
import { makeFinding, type Finding } from "./finding";
import { forEachInfluenceOn, type ModelIndex } from "./model-index";
import { behaviourPhrase } from "./wording";

/**
 * F12 — indirect obstruction: one finding per (K, J, B) where K trades off against J, J supports the
 * approved behaviour B, and K does not obstruct B itself (that is F1's or F3's). Pushing K up drags J down,
 * and with it what J holds up. Medium; high if K is tied to pay.
 */
export function findIndirectObstruction(index: ModelIndex): Finding[] {
  const links = (index.model.kpiLinks ?? []).filter((link) => link.effect === "trades-off");
  if (links.length === 0) return [];
  // Per KPI: the approved behaviours it supports, and those it obstructs (in model order).
  const supports = new Map<string, number[]>();
  const obstructs = new Set<string>();
  for (const b of index.approved) {
    forEachInfluenceOn(index, b, (_i, source, obstructing) => {
      if (source.kind !== "kpi") return;
      if (obstructing) obstructs.add(`${source.item.key}\u0000${b}`);
      else {
        const list = supports.get(source.item.key);
        if (list) list.push(b);
        else supports.set(source.item.key, [b]);
      }
    });
  }
  const findings: Finding[] = [];
  for (const link of links) {
    const k = index.kpis.get(link.from);
    const j = index.kpis.get(link.to);
    if (!k || !j || k === j) continue;
    for (const b of supports.get(j.key) ?? []) {
      if (obstructs.has(`${k.key}\u0000${b}`)) continue;
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
