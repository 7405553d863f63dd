/** fast-check generators of valid throughline.model/1 documents, for property-based tests. */
import fc from "fast-check";
import type { ModelDocument } from "./model-schema";

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);

export function modelArbitrary(
  limits = { departments: 4, roles: 5, stages: 4, behaviours: 14, kpis: 7, processes: 3, systems: 3 },
): fc.Arbitrary<ModelDocument> {
  return fc
    .record({
      departmentCount: fc.integer({ min: 1, max: limits.departments }),
      roleCount: fc.integer({ min: 1, max: limits.roles }),
      stageCount: fc.integer({ min: 1, max: limits.stages }),
      kpiCount: fc.integer({ min: 0, max: limits.kpis }),
      processCount: fc.integer({ min: 0, max: limits.processes }),
      systemCount: fc.integer({ min: 0, max: limits.systems }),
      behaviourCount: fc.integer({ min: 0, max: limits.behaviours }),
    })
    .chain((n) => {
      const departmentKeys = Array.from({ length: n.departmentCount }, (_, i) => `d${i}`);
      const roleKeys = Array.from({ length: n.roleCount }, (_, i) => `r${i}`);
      const stageKeys = Array.from({ length: n.stageCount }, (_, i) => `s${i}`);
      const behaviourKeys = Array.from({ length: n.behaviourCount }, (_, i) => `b${i}`);
      const sources = [
        ...Array.from({ length: n.kpiCount }, (_, i) => `kpi:k${i}`),
        ...Array.from({ length: n.processCount }, (_, i) => `process:p${i}`),
        ...Array.from({ length: n.systemCount }, (_, i) => `system:y${i}`),
      ];
      const kpiKeys = Array.from({ length: n.kpiCount }, (_, i) => `k${i}`);
      const kpiPairs = kpiKeys.flatMap((from) => kpiKeys.filter((to) => to !== from).map((to) => ({ from, to })));
      const pairs = sources.flatMap((from) => behaviourKeys.map((to) => ({ from, to })));
      return fc.record({
        // A parent always comes earlier, so the tree has no cycles.
        departments: fc.tuple(
          ...departmentKeys.map((key, i) =>
            fc.option(fc.integer({ min: 0, max: Math.max(0, i - 1) }), { nil: undefined }).map((parent) => ({
              key,
              name: `Department ${i}`,
              ...(i > 0 && parent !== undefined ? { parent: departmentKeys[parent]! } : {}),
            })),
          ),
        ),
        roles: fc.tuple(
          ...roleKeys.map((key, i) =>
            fc
              .record({ department: pick(departmentKeys), customerFacing: fc.boolean() })
              .map((r) => ({ key, name: `Role ${i}`, ...r })),
          ),
        ),
        touchpoints: fc.subarray(roleKeys.flatMap((role) => stageKeys.map((stage) => ({ role, stage })))),
        behaviours: fc.tuple(
          ...behaviourKeys.map((key, i) =>
            fc
              .record({
                role: pick(roleKeys),
                stage: pick(stageKeys),
                status: pick(["draft", "proposed", "approved", "retired"] as const),
              })
              .map((b) => ({ key, action: `Does observable thing ${i}`, ...b })),
          ),
        ),
        kpis: fc.tuple(
          ...Array.from({ length: n.kpiCount }, (_, i) =>
            fc
              .record({
                department: pick(departmentKeys),
                measuredRoles: fc.subarray(roleKeys),
                payLinked: fc.boolean(),
                horizon: pick(["short", "long"] as const),
                category: pick(["financial", "operational", "customer", "employee"] as const),
                direction: pick(["higher", "lower", "band"] as const),
                counters: fc.option(fc.subarray(kpiKeys.filter((key) => key !== `k${i}`)), { nil: undefined }),
              })
              .map(({ counters, ...k }) => ({
                key: `k${i}`,
                name: `KPI ${i}`,
                ...k,
                ...(counters === undefined ? {} : { counters }),
              })),
          ),
        ),
        processes: fc.tuple(
          ...Array.from({ length: n.processCount }, (_, i) =>
            pick(departmentKeys).map((department) => ({ key: `p${i}`, name: `Process ${i}`, department })),
          ),
        ),
        systems: fc.tuple(
          ...Array.from({ length: n.systemCount }, (_, i) =>
            fc
              .record({
                trainedShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
                peopleSpend: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
                technologySpend: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
              })
              .map((s) => ({
                key: `y${i}`,
                name: `System ${i}`,
                ...Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)),
              })),
          ),
        ),
        influences: fc.subarray(pairs).chain((chosen) =>
          fc.tuple(
            ...chosen.map((pair) =>
              fc
                .record({
                  effect: pick(["supports", "obstructs"] as const),
                  strength: fc.integer({ min: 1, max: 3 }),
                })
                .map((i) => ({ ...pair, ...i })),
            ),
          ),
        ),
        kpiLinks: fc
          .subarray(kpiPairs, { maxLength: Math.min(8, kpiPairs.length) })
          .chain((chosen) =>
            fc.tuple(
              ...chosen.map((pair) =>
                pick(["reinforces", "trades-off"] as const).map((effect) => ({ ...pair, effect })),
              ),
            ),
          ),
        stages: fc.constant(stageKeys.map((key, i) => ({ key, name: `Stage ${i}` }))),
      });
    })
    .map((parts) => ({
      format: "throughline.model/1" as const,
      organisation: { name: "Generated" },
      departments: [...parts.departments],
      roles: [...parts.roles],
      stages: parts.stages,
      touchpoints: parts.touchpoints,
      objectives: [],
      behaviours: [...parts.behaviours],
      kpis: [...parts.kpis],
      processes: [...parts.processes],
      systems: [...parts.systems] as ModelDocument["systems"],
      influences: [...parts.influences],
      ...(parts.kpiLinks.length ? { kpiLinks: [...parts.kpiLinks] } : {}),
    }));
}
