import { type Analysis } from "@/lib/alignment/rules/analyze-model";
import type { Finding } from "@/lib/alignment/rules/finding";
import { findingFingerprint } from "@/lib/alignment/rules/finding-fingerprint";
import { getOrganisationAnalysis } from "@/lib/alignment/get-organisation-analysis";
import type { ModelDocument } from "@/lib/model/model-schema";
import type { OrgAccess } from "@/lib/access/org-access";

export type ReviewView = {
  state: "acknowledged" | "dismissed";
  reason: string | null;
  by: string;
  at: string;
  stale: boolean;
};
export type ActionView = { key: string; title: string; owner: string | null; due: string | null; status: string };
export type ReviewedFinding = { finding: Finding; review: ReviewView | null; actions: ActionView[]; hidden: boolean };

/**
 * The current findings with their reviews and action items. A dismissal hides its finding only while
 * the finding's subjects are as they were when it was dismissed (`stale` says they changed since).
 */
export async function getReviewedFindings(
  access: OrgAccess,
): Promise<{ model: ModelDocument; analysis: Analysis; reviewed: ReviewedFinding[] }> {
  const { model, analysis } = await getOrganisationAnalysis(access);
  const [reviews, actions] = await Promise.all([
    access.db.findingReview.findMany({ where: { organisationId: access.organisation.id } }),
    access.db.actionItem.findMany({
      where: { organisationId: access.organisation.id, finding: { not: null } },
      orderBy: { key: "asc" },
    }),
  ]);
  const reviewById = new Map(reviews.map((r) => [r.findingId, r]));
  const actionsByFinding = new Map<string, ActionView[]>();
  for (const a of actions) {
    const list = actionsByFinding.get(a.finding!) ?? [];
    list.push({
      key: a.key,
      title: a.title,
      owner: a.owner,
      due: a.due?.toISOString().slice(0, 10) ?? null,
      status: a.status,
    });
    actionsByFinding.set(a.finding!, list);
  }
  const reviewed = analysis.findings.map((finding) => {
    const review = reviewById.get(finding.id);
    const view: ReviewView | null = review
      ? {
          state: review.state,
          reason: review.reason,
          by: review.actorEmail,
          at: review.at.toISOString(),
          stale: review.fingerprint !== findingFingerprint(model, finding),
        }
      : null;
    return {
      finding,
      review: view,
      actions: actionsByFinding.get(finding.id) ?? [],
      hidden: view?.state === "dismissed" && !view.stale,
    };
  });
  return { model, analysis, reviewed };
}
