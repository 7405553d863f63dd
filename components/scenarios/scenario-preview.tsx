"use client";

import { SeverityBadge } from "@/components/findings/severity-badge";
import type { PreviewFinding, ScenarioPreview as Preview } from "@/lib/scenarios/preview-scenario";
import { count } from "@/lib/text/plural";

const index = (value: number | null) => (value === null ? "—" : `${value}%`);

function Findings({
  findings,
  total,
  empty,
  change,
}: {
  findings: PreviewFinding[];
  total: number;
  empty: string;
  /** How to say that the same finding is on the other side at another severity. */
  change: (otherSeverity: string) => string;
}) {
  if (total === 0) return <p className="muted">{empty}</p>;
  return (
    <>
      <ul className="scenario-findings">
        {findings.map((f) => (
          <li key={f.id}>
            <SeverityBadge severity={f.severity} /> <strong>{f.ruleName}</strong>
            {f.otherSeverity && <span className="muted"> — {change(f.otherSeverity)}</span>}
            <p>{f.explanation}</p>
          </li>
        ))}
      </ul>
      {total > findings.length && <p className="muted">And {count(total - findings.length, "more finding")}.</p>}
    </>
  );
}

/** What the scenario would do: findings cleared and appearing, and the alignment index before → after. */
export function ScenarioPreview({ preview }: { preview: Preview }) {
  const { alignment } = preview;
  return (
    <div className="scenario-preview">
      <section aria-labelledby="would-clear">
        <h3 id="would-clear">Would clear: {count(preview.clearedCount, "finding")}</h3>
        <Findings
          findings={preview.cleared}
          total={preview.clearedCount}
          empty="No finding would clear."
          change={(other) => `stays, as ${other}`}
        />
      </section>
      <section aria-labelledby="would-appear">
        <h3 id="would-appear">Would appear: {count(preview.appearedCount, "finding")}</h3>
        <Findings
          findings={preview.appeared}
          total={preview.appearedCount}
          empty="No new finding would appear."
          change={(other) => `was ${other}`}
        />
      </section>
      <section aria-labelledby="alignment-change">
        <h3 id="alignment-change">Alignment before → after</h3>
        <table className="stack-on-phone" data-testid="alignment-change">
          <thead>
            <tr>
              <th scope="col">Where</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">The whole organisation</th>
              <td data-label="Before">{index(alignment.before)}</td>
              <td data-label="After">{index(alignment.after)}</td>
            </tr>
            {alignment.departments.map((d) => (
              <tr key={d.key}>
                <th scope="row">{d.name}</th>
                <td data-label="Before">{index(d.before)}</td>
                <td data-label="After">{index(d.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
