import { getOrganisationAnalysis } from "@/lib/alignment/get-organisation-analysis";
import type { OrgAccess } from "@/lib/access/org-access";
import { rankTotalInfluence } from "./rules/total-influence";

export type RankedKpi = {
  key: string;
  name: string;
  department: string;
  payLinked: boolean;
  /** Reach relative to the KPI that reaches furthest (100). */
  index: number;
  /** Share of the reach that comes through the KPIs it moves (0–1). */
  indirectShare: number;
  /** On balance, pushing it helps (+) or hurts (−) the approved behaviours; 0 when it is even. */
  leaning: "helps" | "hurts" | "even";
};

/**
 * The organisation's KPIs ranked by total influence over approved behaviours (DEMATEL, direct and through
 * KPI links): which measure matters most. Reads the model the analysis keeps.
 */
export async function getTotalInfluence(access: OrgAccess): Promise<RankedKpi[]> {
  const { model } = await getOrganisationAnalysis(access);
  const kpis = new Map(model.kpis.map((kpi) => [kpi.key, kpi]));
  const departments = new Map(model.departments.map((d) => [d.key, d.name]));
  return rankTotalInfluence(model).map((row) => {
    const kpi = kpis.get(row.kpi)!;
    // Tiny remainders of the iteration are not a leaning.
    const even = Math.abs(row.net) <= 1e-9 * Math.max(row.reach, 1e-300);
    return {
      key: kpi.key,
      name: kpi.name,
      department: departments.get(kpi.department) ?? "",
      payLinked: kpi.payLinked,
      index: row.index,
      indirectShare: row.reach > 0 ? Math.max(0, 1 - row.directReach / row.reach) : 0,
      leaning: even ? "even" : row.net > 0 ? "helps" : "hurts",
    };
  });
}
