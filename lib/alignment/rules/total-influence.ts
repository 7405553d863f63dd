/**
 * Total influence of each KPI over the approved behaviours, direct and through KPI links (issue 15,
 * DEMATEL). With the signed direct-influence matrix D (an influence weighs its strength, + supports,
 * − obstructs; a KPI link weighs 2, + reinforces, − trades off) normalised as N = D / s (s the largest row
 * or column sum of |D|), DEMATEL's total-relation matrix is T = N(I − N)⁻¹. Behaviours influence nothing,
 * so for a KPI's row T reduces to (I − L)⁻¹ B, where L is N's KPI-to-KPI part and B its KPI-to-behaviour
 * part: the KPI's own pushes plus those of every KPI it moves, damped at each link. That is solved by
 * iteration (x = y + Lx) rather than inverting a 5,000-square matrix.
 *
 * Two figures per KPI: `net` (signed: does pushing this KPI help or hurt the approved behaviours, on
 * balance) and `reach` (the same with every weight taken as positive: how much it moves them at all,
 * whichever way). KPIs rank by reach: a measure that helps five behaviours and hurts five matters a lot,
 * although its net is zero.
 */
import type { ModelDocument } from "@/lib/model/model-schema";
import { listSources, sourceKeys } from "./model-index";
import { resolveKeys } from "./resolve-keys";

export type KpiInfluence = {
  kpi: string;
  /** Signed, direct plus indirect, normalised as DEMATEL does (comparable within one model only). */
  net: number;
  /** Unsigned, direct plus indirect. */
  reach: number;
  /** The direct part of each (through its own influences alone). */
  directNet: number;
  directReach: number;
  /** Reach relative to the KPI that reaches furthest (100), one decimal; 0 for all when none reaches. */
  index: number;
};

const LINK_WEIGHT = 2;
/** The largest value, or 0 (a loop: spreading 200,000 values into Math.max overflows the stack). */
const largest = (values: ArrayLike<number>) => {
  let max = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > max) max = values[i]!;
  return max;
};
const MAX_ITERATIONS = 1000;

export function rankTotalInfluence(model: ModelDocument): KpiInfluence[] {
  const { kpis, behaviours, influences } = model;
  const count = kpis.length;
  // Sources and behaviours by position (the last listed with a key, as a map by key gives): KPIs first, so
  // KPI k is source k. A reference naming nothing still counts towards the sums, under its own text.
  const sources = listSources(model);
  const from = resolveKeys(sourceKeys(sources), influences.length, (i) => influences[i]!.from);
  const behaviourKeys = { count: behaviours.length, keyAt: (b: number) => behaviours[b]!.key };
  const to = resolveKeys(behaviourKeys, influences.length, (i) => influences[i]!.to);
  // Approved if any behaviour listed with that key is.
  const approvedAt = new Uint8Array(behaviours.length);
  const keyPosition = resolveKeys(behaviourKeys, behaviours.length, (b) => behaviours[b]!.key);
  for (let b = 0; b < behaviours.length; b++) if (behaviours[b]!.status === "approved") approvedAt[keyPosition[b]!] = 1;

  const rowSums = new Float64Array(sources.length);
  const behaviourColumnSums = new Float64Array(behaviours.length);
  const kpiColumnSums = new Float64Array(count);
  const danglingSums = new Map<string, number>();
  const addDangling = (key: string, weight: number) => danglingSums.set(key, (danglingSums.get(key) ?? 0) + weight);

  const directNet = new Float64Array(count);
  const directReach = new Float64Array(count);
  for (let i = 0; i < influences.length; i++) {
    const influence = influences[i]!;
    const source = from[i]!;
    const behaviour = to[i]!;
    if (source >= 0) rowSums[source]! += influence.strength;
    else addDangling(`row ${influence.from}`, influence.strength);
    if (behaviour >= 0) behaviourColumnSums[behaviour]! += influence.strength;
    else addDangling(`column ${influence.to}`, influence.strength);
    if (source < 0 || source >= count || behaviour < 0 || !approvedAt[behaviour]) continue;
    directNet[source]! += influence.effect === "supports" ? influence.strength : -influence.strength;
    directReach[source]! += influence.strength;
  }
  const kpiKeys = { count, keyAt: (k: number) => kpis[k]!.key };
  const linkList = model.kpiLinks ?? [];
  const linkFrom = resolveKeys(kpiKeys, linkList.length, (l) => linkList[l]!.from);
  const linkTo = resolveKeys(kpiKeys, linkList.length, (l) => linkList[l]!.to);
  const links: { from: number; to: number; sign: number }[] = [];
  for (let l = 0; l < linkList.length; l++) {
    const [source, target] = [linkFrom[l]!, linkTo[l]!];
    if (source < 0 || target < 0) continue;
    rowSums[source]! += LINK_WEIGHT;
    kpiColumnSums[target]! += LINK_WEIGHT;
    links.push({ from: source, to: target, sign: linkList[l]!.effect === "reinforces" ? 1 : -1 });
  }
  const scale = Math.max(
    largest(rowSums),
    largest(behaviourColumnSums),
    largest(kpiColumnSums),
    largest([...danglingSums.values()]),
  );
  if (scale === 0)
    return model.kpis.map((kpi) => ({ kpi: kpi.key, net: 0, reach: 0, directNet: 0, directReach: 0, index: 0 }));

  // x = y + L x, from x = y: each pass follows every link one step further.
  const solve = (direct: Float64Array, signed: boolean): Float64Array => {
    const y = direct.map((value) => value / scale);
    let x = Float64Array.from(y);
    for (let pass = 0; pass < MAX_ITERATIONS && links.length; pass++) {
      const next = Float64Array.from(y);
      for (const link of links) next[link.from]! += ((signed ? link.sign : 1) * LINK_WEIGHT * x[link.to]!) / scale;
      let change = 0;
      let size = 0;
      for (let i = 0; i < count; i++) {
        change = Math.max(change, Math.abs(next[i]! - x[i]!));
        size = Math.max(size, Math.abs(next[i]!));
      }
      x = next;
      if (change <= 1e-12 * Math.max(size, 1e-300)) break;
    }
    return x;
  };
  const net = solve(directNet, true);
  const reach = solve(directReach, false);
  const top = largest(reach);
  const ranked = model.kpis.map((kpi, i) => ({
    kpi: kpi.key,
    net: net[i]!,
    reach: reach[i]!,
    directNet: directNet[i]! / scale,
    directReach: directReach[i]! / scale,
    index: top > 0 ? Math.round((1000 * reach[i]!) / top) / 10 : 0,
  }));
  // Furthest reach first; ties keep the model's order (sort is stable).
  return ranked.sort((a, b) => b.reach - a.reach);
}
