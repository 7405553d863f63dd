import type { Kpi } from "@/lib/model/model-schema";
import { explainedFinding, type Finding } from "./finding";
import { behaviourSubject, kpiSubject, roleOfBehaviour, sharedFacts, type ModelIndex } from "./model-index";
import { behaviourPhrase } from "./wording";

/**
 * F12 — indirect obstruction: one finding per (K, J, B) where K trades off against J, J supports the
 * approved behaviour B, and K does not obstruct B itself (that is F1's or F3's). Pushing K up drags J down,
 * and with it what J holds up. Medium; high if K is tied to pay.
 */
export function findIndirectObstruction(index: ModelIndex): Finding[] {
  const links = (index.model.kpiLinks ?? []).filter((link) => link.effect === "trades-off");
  if (links.length === 0) return [];
  const { kpis, behaviours } = index.model;
  const kpiCount = index.kpiCount;
  // Per KPI, the approved behaviours it supports, in model order (compressed rows); per behaviour, the
  // KPIs obstructing it, ascending (a binary search answers "does K obstruct B").
  const supportStart = new Int32Array(kpiCount + 1);
  const obstructStart = new Int32Array(behaviours.length + 1);
  for (const b of index.approved)
    for (let r = index.rowStart[b]!; r < index.rowStart[b + 1]!; r++) {
      const source = index.rowSource[r]!;
      if (source >= kpiCount) continue;
      if (index.rowObstructs[r]) obstructStart[b + 1]!++;
      else supportStart[source + 1]!++;
    }
  for (let k = 0; k < kpiCount; k++) supportStart[k + 1]! += supportStart[k]!;
  for (let b = 0; b < behaviours.length; b++) obstructStart[b + 1]! += obstructStart[b]!;
  const supported = new Int32Array(supportStart[kpiCount]!);
  const obstructing = new Int32Array(obstructStart[behaviours.length]!);
  const supportFill = supportStart.slice(0, kpiCount);
  const obstructFill = obstructStart.slice(0, behaviours.length);
  for (const b of index.approved)
    for (let r = index.rowStart[b]!; r < index.rowStart[b + 1]!; r++) {
      const source = index.rowSource[r]!;
      if (source >= kpiCount) continue;
      if (index.rowObstructs[r]) obstructing[obstructFill[b]!++] = source;
      else supported[supportFill[source]!++] = b;
    }
  for (const b of index.approved) sortRange(obstructing, obstructStart[b]!, obstructStart[b + 1]!);
  const obstructs = (k: number, b: number) => {
    let low = obstructStart[b]!;
    let high = obstructStart[b + 1]!;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (obstructing[middle] === k) return true;
      if (obstructing[middle]! < k) low = middle + 1;
      else high = middle;
    }
    return false;
  };
  const write = (k: number, j: number, b: number) =>
    explain(kpis[k]!, kpis[j]!, behaviourPhrase(behaviours[b]!, roleOfBehaviour(index, b)));
  const payLinked = sharedFacts((bits) => ({ payLinked: bits === 1 }), 2);
  const findings: Finding[] = [];
  for (const link of links) {
    const k = index.kpiNumber.get(link.from);
    const j = index.kpiNumber.get(link.to);
    if (k === undefined || j === undefined || k === j) continue;
    const paid = kpis[k]!.payLinked;
    for (let x = supportStart[j]!; x < supportStart[j + 1]!; x++) {
      const b = supported[x]!;
      if (obstructs(k, b)) continue;
      findings.push(
        explainedFinding(
          "F12",
          paid ? "high" : "medium",
          [kpiSubject(index, k), kpiSubject(index, j), behaviourSubject(index, b)],
          write,
          k,
          j,
          b,
          payLinked[paid ? 1 : 0],
        ),
      );
    }
  }
  return findings;
}

function explain(k: Kpi, j: Kpi, behaviour: string): string {
  return `${k.name}${k.payLinked ? ", tied to pay or bonus," : ""} trades off against ${j.name}, and ${j.name} is what helps ${behaviour}. Chasing ${k.name} works against that behaviour indirectly: weigh the two together, or give the behaviour support that does not depend on ${j.name}.`;
}

/** Sorts values[start … end) ascending: by insertion when short (most rows), by the engine's sort otherwise. */
function sortRange(values: Int32Array, start: number, end: number): void {
  if (end - start > 16) {
    values.subarray(start, end).sort();
    return;
  }
  for (let x = start + 1; x < end; x++) {
    const value = values[x]!;
    let at = x;
    while (at > start && values[at - 1]! > value) values[at] = values[--at]!;
    values[at] = value;
  }
}
