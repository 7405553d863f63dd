import Link from "next/link";
import { findingAnchor, firstSentence } from "@/lib/findings/finding-anchor";
import { SeverityBadge } from "@/components/findings/severity-badge";
import { RULES, SEVERITIES } from "@/lib/alignment/rules/finding";
import type { FindingSummary } from "@/lib/dashboard/rules/model-dashboard";

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
  if (findings.total === 0)
    return <p className="muted">No findings: nothing in the model works against the approved behaviours here.</p>;
  const counts = [...SEVERITIES]
    .reverse()
    .filter((s) => findings.bySeverity[s] > 0)
    .map((s) => `${findings.bySeverity[s]} ${s}`);
  return (
    <div>
      <p>
        <strong data-testid="dashboard-finding-count">{findings.total}</strong> open finding
        {findings.total === 1 ? "" : "s"}: {counts.join(", ")}.
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
