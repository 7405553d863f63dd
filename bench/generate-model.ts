/** A large, deterministic, valid model for benchmarks: the size of a big client, times `scale`. */
import type { ModelDocument } from "@/lib/model/model-schema";

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export const BASE_SIZE = {
  kpis: 5_000,
  behaviours: 20_000,
  roles: 2_000,
  influences: 100_000,
  kpiLinks: 5_000,
  departments: 200,
  stages: 7,
  processes: 500,
  systems: 200,
};

export function generateModel(scale = 1, seed = 42): ModelDocument {
  const rnd = random(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const n = Object.fromEntries(
    Object.entries(BASE_SIZE).map(([k, v]) => [k, k === "stages" ? v : Math.round(v * scale)]),
  ) as typeof BASE_SIZE;
  const departments = Array.from({ length: n.departments }, (_, i) => ({
    key: `d${i}`,
    name: `Department ${i}`,
    ...(i > 10 ? { parent: `d${int(Math.min(i, 50))}` } : {}),
  }));
  const roles = Array.from({ length: n.roles }, (_, i) => ({
    key: `r${i}`,
    name: `Role ${i}`,
    department: `d${int(n.departments)}`,
    customerFacing: rnd() < 0.5,
    headcount: 1 + int(200),
  }));
  const stages = Array.from({ length: n.stages }, (_, i) => ({ key: `s${i}`, name: `Stage ${i}` }));
  const touchpoints = roles.flatMap((role) => {
    const first = int(n.stages);
    return [0, 1, 2].map((offset) => ({ role: role.key, stage: `s${(first + offset) % n.stages}` }));
  });
  const statuses = ["draft", "proposed", "approved", "approved", "approved", "retired"] as const;
  const behaviours = Array.from({ length: n.behaviours }, (_, i) => ({
    key: `b${i}`,
    role: `r${int(n.roles)}`,
    stage: `s${int(n.stages)}`,
    action: `Does observable action number ${i} for the customer`,
    status: statuses[int(statuses.length)]!,
  }));
  const horizons = ["short", "long"] as const;
  const categories = ["financial", "operational", "customer", "employee"] as const;
  const kpis = Array.from({ length: n.kpis }, (_, i) => ({
    key: `k${i}`,
    name: `KPI ${i}`,
    direction: "higher" as const,
    department: `d${int(n.departments)}`,
    measuredRoles: [`r${int(n.roles)}`, `r${int(n.roles)}`].filter((r, j, all) => all.indexOf(r) === j),
    payLinked: rnd() < 0.3,
    horizon: horizons[int(2)]!,
    category: categories[int(4)]!,
    // Two KPIs in five have a counter (which may or may not measure one of the same roles).
    counters: rnd() < 0.4 ? [`k${(i + 1 + int(n.kpis - 1)) % n.kpis}`] : undefined,
  }));
  for (const kpi of kpis) if (kpi.counters === undefined) delete kpi.counters;
  const processes = Array.from({ length: n.processes }, (_, i) => ({
    key: `p${i}`,
    name: `Process ${i}`,
    department: `d${int(n.departments)}`,
  }));
  const systems = Array.from({ length: n.systems }, (_, i) => ({
    key: `y${i}`,
    name: `System ${i}`,
    trainedShare: rnd(),
    peopleSpend: int(100_000),
    technologySpend: int(100_000),
  }));
  const seen = new Set<string>();
  const influences: ModelDocument["influences"] = [];
  while (influences.length < n.influences) {
    const pick = rnd();
    const from =
      pick < 0.8 ? `kpi:k${int(n.kpis)}` : pick < 0.9 ? `process:p${int(n.processes)}` : `system:y${int(n.systems)}`;
    const to = `b${int(n.behaviours)}`;
    const id = `${from}>${to}`;
    if (seen.has(id)) continue;
    seen.add(id);
    influences.push({ from, to, effect: rnd() < 0.6 ? "supports" : "obstructs", strength: 1 + int(3) });
  }
  const linked = new Set<string>();
  const kpiLinks: NonNullable<ModelDocument["kpiLinks"]> = [];
  while (kpiLinks.length < n.kpiLinks) {
    const from = int(n.kpis);
    const to = (from + 1 + int(n.kpis - 1)) % n.kpis;
    if (linked.has(`${from}>${to}`)) continue;
    linked.add(`${from}>${to}`);
    kpiLinks.push({ from: `k${from}`, to: `k${to}`, effect: rnd() < 0.5 ? "trades-off" : "reinforces" });
  }
  return {
    format: "throughline.model/1",
    organisation: { name: `Benchmark ×${scale}` },
    departments,
    roles,
    stages,
    touchpoints,
    objectives: [],
    behaviours,
    kpis,
    processes,
    systems,
    influences,
    kpiLinks,
  };
}
