/**
 * The consultant portfolio (DESIGN §5): every organisation the user belongs to side by side — 3P index,
 * alignment index, open critical findings, last wave and its participation — each figure computed as
 * that member would see it on the organisation's own dashboard (same permissions, same anonymity).
 */
import { listWaves } from "@/lib/diagnostic/waves/list-waves";
import { listOrganisationsForUser, type OrganisationSummary } from "@/lib/organisations/list-organisations";
import { resolveOrgAccess, type UserContext } from "@/lib/access/org-access";
import { getDiagnosticSummary } from "./get-diagnostic-summary";
import { getModelDashboard } from "./get-model-dashboard";

export type PortfolioEntry = OrganisationSummary & {
  index3P: number | null;
  /** The wave the 3P index is of (the latest closed one, else the open one). */
  index3PWave: string | null;
  alignment: number | null;
  criticalFindings: number;
  lastWave: { name: string; status: string; date: string | null } | null;
  /** Invitation links answered ÷ sent in the last wave, in percent; null without invitation links. */
  participation: number | null;
};

export async function getPortfolio(user: UserContext): Promise<PortfolioEntry[]> {
  const organisations = await listOrganisationsForUser(user);
  return Promise.all(
    organisations.map(async (organisation) => {
      const access = await resolveOrgAccess(user.db, user.actor, organisation.slug, "organisation:read");
      const [diagnostic, model, waves] = await Promise.all([
        getDiagnosticSummary(access, { kind: "organisation" }),
        getModelDashboard(access, { kind: "organisation" }),
        listWaves(access),
      ]);
      const last = waves[0];
      return {
        ...organisation,
        index3P: diagnostic.shown ? diagnostic.index3P : null,
        index3PWave: diagnostic.shown ? (diagnostic.wave?.name ?? null) : null,
        alignment: model.alignment.index,
        criticalFindings: model.findings.bySeverity.critical,
        lastWave: last ? { name: last.name, status: last.phase, date: last.closesAt ?? last.opensAt } : null,
        participation: last && last.invited > 0 ? Math.round((1000 * last.answered) / last.invited) / 10 : null,
      };
    }),
  );
}
