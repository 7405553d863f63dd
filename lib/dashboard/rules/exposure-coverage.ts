/**
 * Customer exposure (DESIGN §3): the share of back-office roles whose people worked a customer-facing
 * shift, listened in or met customers in the last 12 months. The target is every role at least once a year.
 */
import type { ModelDocument } from "@/lib/model/model-schema";

export type ExposureCoverage = {
  /** Back-office roles in scope. */
  roles: number;
  withExposure: number;
  /** 100 × withExposure / roles, one decimal; null without back-office roles. */
  share: number | null;
  /** Back-office roles with no exposure in the window, by name: who to invite next. */
  without: { key: string; name: string; lastExposure: string | null }[];
};

export function exposureCoverage(
  model: Pick<ModelDocument, "roles" | "exposures">,
  roles: readonly ModelDocument["roles"][number][],
  today: Date = new Date(),
): ExposureCoverage {
  const since = new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), today.getUTCDate()))
    .toISOString()
    .slice(0, 10);
  const todayIso = today.toISOString().slice(0, 10);
  const last = new Map<string, string>();
  for (const exposure of model.exposures ?? []) {
    if (exposure.date > todayIso) continue;
    if ((last.get(exposure.role) ?? "") < exposure.date) last.set(exposure.role, exposure.date);
  }
  const backOffice = roles.filter((r) => !r.customerFacing);
  const without = backOffice
    .filter((r) => (last.get(r.key) ?? "") < since)
    .map((r) => ({ key: r.key, name: r.name, lastExposure: last.get(r.key) ?? null }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const withExposure = backOffice.length - without.length;
  return {
    roles: backOffice.length,
    withExposure,
    share: backOffice.length ? Math.round((1000 * withExposure) / backOffice.length) / 10 : null,
    without,
  };
}
