/**
 * A KPI's readings and its gamed-metric signals for the KPI page. The Possible index of the roles it
 * measures is read through the results view (`getWaveResults`), as the acting member may see it: a role whose
 * figure is hidden in a wave contributes nothing for that wave (DESIGN §4.1.1).
 */
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { getWaveResults } from "@/lib/diagnostic/results/get-wave-results";
import { NotFoundError } from "@/lib/errors";
import { gamedMetricSignals, type KpiSignals } from "./rules/gamed-metric-signals";
import { monthlySeries } from "./rules/periods";

export type KpiReadingRow = {
  id: string;
  period: string;
  value: number;
  target: number | null;
  department: { key: string; name: string } | null;
};

export type KpiReadingsView = {
  readings: KpiReadingRow[];
  signals: KpiSignals | null;
  /** Names of the counters and roles the signals speak of. */
  names: Record<string, string>;
};

/** How many recent closed waves are read for the Possible index. */
const WAVES = 8;

export async function getKpiReadings(access: OrgAccess, kpiKey: string): Promise<KpiReadingsView> {
  assertCan(access, "organisation:read");
  const organisationId = access.organisation.id;
  const kpi = await access.db.kpi.findFirst({
    where: { organisationId, key: kpiKey },
    include: {
      counters: { include: { counter: { select: { key: true, name: true } } } },
      measuredRoles: { include: { role: { select: { key: true, name: true } } } },
    },
  });
  if (!kpi) throw new NotFoundError("KPI");
  const counterIds = kpi.counters.map((c) => c.counterId);
  const rows = await access.db.kpiReading.findMany({
    where: { organisationId, kpiId: { in: [kpi.id, ...counterIds] } },
    select: {
      id: true,
      period: true,
      value: true,
      target: true,
      kpi: { select: { key: true } },
      department: { select: { key: true, name: true } },
    },
    orderBy: [{ period: "asc" }],
  });
  const counters = await access.db.kpi.findMany({
    where: { id: { in: counterIds } },
    select: { key: true, direction: true },
  });
  const readings = rows
    .filter((r) => r.kpi.key === kpi.key)
    .map((r) => ({ id: r.id, period: r.period, value: r.value, target: r.target, department: r.department }));
  const possible =
    readings.length > 0
      ? await possibleByRole(
          access,
          kpi.measuredRoles.map((m) => m.role.key),
        )
      : new Map();
  const signals = gamedMetricSignals(
    [
      {
        key: kpi.key,
        direction: kpi.direction,
        counters: kpi.counters.map((c) => c.counter.key),
        measuredRoles: kpi.measuredRoles.map((m) => m.role.key),
      },
      ...counters,
    ],
    rows.map((r) => ({
      kpi: r.kpi.key,
      period: r.period,
      value: r.value,
      ...(r.target !== null ? { target: r.target } : {}),
      ...(r.department ? { department: r.department.key } : {}),
    })),
    possible,
  ).get(kpi.key);
  return {
    readings,
    signals: signals ?? null,
    names: Object.fromEntries([
      ...kpi.counters.map((c) => [c.counter.key, c.counter.name] as const),
      ...kpi.measuredRoles.map((m) => [m.role.key, m.role.name] as const),
    ]),
  };
}

/** The Possible index per role in the recent closed waves, only where the member's results view shows it. */
async function possibleByRole(
  access: OrgAccess,
  roles: string[],
): Promise<Map<string, { period: string; value: number }[]>> {
  const found = new Map<string, { period: string; value: number }[]>();
  if (roles.length === 0) return found;
  const waves = await access.db.wave.findMany({
    where: { organisationId: access.organisation.id, status: "closed" },
    orderBy: { createdAt: "desc" },
    take: WAVES,
    select: { id: true, closesAt: true, createdAt: true },
  });
  const wanted = new Set(roles);
  for (const wave of waves) {
    const period = (wave.closesAt ?? wave.createdAt).toISOString().slice(0, 7);
    const results = await getWaveResults(access, wave.id, "role").catch(() => null);
    if (!results?.available || !results.breakdown) continue;
    for (const segment of results.breakdown.segments) {
      if (!wanted.has(segment.key) || !segment.shown) continue;
      const possible = segment.dimensions.possible;
      if (!possible.shown) continue;
      found.set(segment.key, [...(found.get(segment.key) ?? []), { period, value: possible.index }]);
    }
  }
  // Two waves closing in one month count as one reading: their mean.
  for (const [role, points] of found) found.set(role, monthlySeries(points.map((p) => ({ ...p, department: "wave" }))));
  return found;
}
