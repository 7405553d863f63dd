import Link from "next/link";
import { count, wordFor } from "@/lib/text/plural";
import { findingAnchor, firstSentence } from "@/lib/findings/finding-anchor";
import { SeverityBadge } from "@/components/findings/severity-badge";
import { RULES, SEVERITIES } from "@/lib/alignment/rules/finding";
import { type FindingSummary, whatFindingsLack } from "@/lib/dashboard/rules/model-dashboard";

/** The most severe findings, a sentence each, linked to their full explanation. */
export function FindingsWidget({
  org,
  findings,
  filterQuery,
}: {
  org: string;
  findings: FindingSummary;
  filterQuery: string;
}) {
  if (findings.total === 0) return <NoFindings org={org} findings={findings} />;
  const counts = [...SEVERITIES]
    .reverse()
    .filter((s) => findings.bySeverity[s] > 0)
    .map((s) => `${findings.bySeverity[s]} ${s}`);
  return (
    <div>
      <p>
        <strong data-testid="dashboard-finding-count">{findings.total}</strong>{" "}
        {wordFor(findings.total, "open finding")}: {counts.join(", ")}.
      </p>
      <ol className="plain-list" aria-label="Most severe findings">
        {findings.top.map((finding) => (
          <li key={finding.id} className="dashboard-finding">
            <SeverityBadge severity={finding.severity} />{" "}
            <span className="muted">
              {finding.rule} · {RULES[finding.rule]}
            </span>
            <div>
              <Link href={`/orgs/${org}/findings${filterQuery}#${findingAnchor(finding.id)}`}>
                {firstSentence(finding.explanation)}
              </Link>
            </div>
          </li>
        ))}
      </ol>
      <Link href={`/orgs/${org}/findings${filterQuery}`}>All {findings.total} findings →</Link>
    </div>
  );
}

/** No findings says why: nothing approved, nothing linked to it, all dismissed, or (only then) nothing conflicts. */
function NoFindings({ org, findings }: { org: string; findings: FindingSummary }) {
  const lack = whatFindingsLack(findings.basis);
  if (lack === "behaviours")
    return (
      <p className="empty-chart" data-testid="findings-empty">
        No findings yet, because no behaviour here is approved: there is nothing for KPIs, processes and systems to work
        against. <Link href={`/orgs/${org}/model`}>Write and approve behaviours</Link>.
      </p>
    );
  if (lack === "influences")
    return (
      <p className="empty-chart" data-testid="findings-empty">
        No findings yet, because no KPI, process or system is linked to the{" "}
        {count(findings.basis.approvedBehaviours, "approved behaviour")} here, so nothing has been checked.{" "}
        <Link href={`/orgs/${org}/inventory`}>Link KPIs, processes and systems to them</Link>.
      </p>
    );
  if (lack === "reviewed")
    return (
      <p className="muted" data-testid="findings-empty">
        No open findings: the {count(findings.basis.setAside, "finding")} here{" "}
        {wordFor(findings.basis.setAside, "was", "were")} dismissed.{" "}
        <Link href={`/orgs/${org}/findings?show=dismissed`}>See what was dismissed</Link>.
      </p>
    );
  return (
    <p className="muted" data-testid="findings-empty">
      No findings: of the {count(findings.basis.influences, "influence")} on the{" "}
      {count(findings.basis.approvedBehaviours, "approved behaviour")} here, none works against them.
    </p>
  );
}
