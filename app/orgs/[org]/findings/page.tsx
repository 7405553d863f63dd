import { findingAnchor } from "@/lib/findings/finding-anchor";
import type { Metadata } from "next";
import Link from "next/link";
import { SeverityBadge } from "@/components/findings/severity-badge";
import { RULES, SEVERITIES, type Subject } from "@/lib/alignment/rules/finding";
import { FindingReviewControls } from "@/components/findings/finding-review-controls";
import { can } from "@/lib/access/permissions";
import { listFindings } from "@/lib/findings/list-findings";
import { listMembers } from "@/lib/members/list-members";
import { orgPage } from "@/lib/access/page-gates";
import { subjectNamer } from "@/lib/alignment/rules/subject-names";
import { actionTitleFor } from "@/lib/text/short-title";
import { wordFor } from "@/lib/text/plural";

export const metadata: Metadata = { title: "Findings" };

const SHOWN = 200;
const KIND_LABELS = {
  kpi: "KPI",
  process: "Process",
  system: "System",
  behaviour: "Behaviour",
  role: "Role",
  stage: "Stage",
} as const;

/** A labelled filter whose first choice is "Any". */
function FilterSelect({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value?: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <select id={name} name={name} defaultValue={value ?? ""}>
        <option value="">Any</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export default orgPage("organisation:read", async (access, { org }, rawQuery) => {
  // An invalid filter is named in an alert and left out (lib/findings/list-findings.ts: the API answers 400).
  const {
    model,
    analysis,
    query: filter,
    problems,
    findings,
    dismissed: dismissedCount,
  } = await listFindings(access, rawQuery, "report");
  const showDismissed = filter.show === "dismissed";
  const sortByRule = filter.sort === "rule";
  const mayReview = can(access.membership.role, "findings:review");
  const members = mayReview ? (await listMembers(access)).members.map((m) => ({ email: m.email, name: m.name })) : [];
  const name = subjectNamer(model);
  // The namer cuts behaviours with "…" for lists; a title someone keeps takes the behaviour's own words.
  const behaviourAction = new Map(model.behaviours.map((b) => [b.key, b.action]));
  const fullName = (s: Subject) => (s.kind === "behaviour" && behaviourAction.get(s.key)) || name(s);
  const behaviourCell = new Map(
    model.behaviours.map((b) => [b.key, `/orgs/${org}/model/${b.role}/${b.stage}#behaviour-${b.key}`]),
  );
  const counts = Object.fromEntries(
    SEVERITIES.map((s) => [s, findings.filter((r) => r.finding.severity === s).length]),
  );

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Findings</h1>
          <p>
            Where KPIs, processes and systems work against what great looks like — recomputed from the model every time
            you open this page.
          </p>
        </div>
      </div>
      <section className="card" aria-label="Filter findings">
        <form className="filters" method="get">
          <FilterSelect
            name="severity"
            label="Severity"
            value={filter.severity}
            options={[...SEVERITIES].reverse().map((s) => ({ value: s, label: s }))}
          />
          <FilterSelect
            name="rule"
            label="Rule"
            value={filter.rule}
            options={Object.entries(RULES).map(([id, label]) => ({ value: id, label: `${id} · ${label}` }))}
          />
          <FilterSelect
            name="department"
            label="Department"
            value={filter.department}
            options={model.departments.map((d) => ({ value: d.key, label: d.name }))}
          />
          <FilterSelect
            name="role"
            label="Role"
            value={filter.role}
            options={model.roles.map((r) => ({ value: r.key, label: r.name }))}
          />
          <FilterSelect
            name="stage"
            label="Stage"
            value={filter.stage}
            options={model.stages.map((s) => ({ value: s.key, label: s.name }))}
          />
          <div className="field">
            <label htmlFor="sort">Sort by</label>
            <select id="sort" name="sort" defaultValue={sortByRule ? "rule" : "severity"}>
              <option value="severity">Severity</option>
              <option value="rule">Rule</option>
            </select>
          </div>
          {showDismissed && <input type="hidden" name="show" value="dismissed" />}
          <button className="button" type="submit">
            Apply
          </button>
          <Link className="button secondary" href={`/orgs/${org}/findings`}>
            Clear
          </Link>
        </form>
      </section>
      <section className="card summary-strip" aria-label="Summary">
        <div>
          <strong data-testid="finding-count">{findings.length}</strong>{" "}
          {wordFor(findings.length, showDismissed ? "dismissed finding" : "finding")}
        </div>
        {[...SEVERITIES].reverse().map((s) => (
          <div key={s}>
            <SeverityBadge severity={s} /> {counts[s]}
          </div>
        ))}
        <div>
          Alignment index:{" "}
          <strong>{analysis.alignment.organisation === null ? "—" : `${analysis.alignment.organisation}`}</strong>
        </div>
        <div>
          {showDismissed ? (
            <Link href={`/orgs/${org}/findings`}>Back to open findings</Link>
          ) : (
            <Link href={`/orgs/${org}/findings?show=dismissed`}>{dismissedCount} dismissed</Link>
          )}
        </div>
      </section>
      {problems.length > 0 && (
        <div className="alert error" role="alert" data-testid="filter-problems">
          {problems.map((problem) => (
            <p key={problem.field}>{problem.message} Showing findings without this filter.</p>
          ))}
        </div>
      )}
      {findings.length === 0 ? (
        <p className="card">No findings match this filter.</p>
      ) : (
        <ol className="finding-list" aria-label={sortByRule ? "Findings by rule" : "Findings, most severe first"}>
          {findings.slice(0, SHOWN).map(({ finding, review, actions }) => {
            return (
              <li
                key={finding.id}
                id={findingAnchor(finding.id)}
                className={`finding ${finding.severity}`}
                data-testid="finding"
              >
                <div className="finding-head">
                  <SeverityBadge severity={finding.severity} />
                  <span className="finding-rule">
                    {finding.rule} · {RULES[finding.rule]}
                  </span>
                  {review && !review.stale && (
                    <span className="chip" data-testid="review-state">
                      {review.state}
                    </span>
                  )}
                </div>
                <p>{finding.explanation}</p>
                <div className="chips">
                  {finding.subjects.map((subject) =>
                    subject.kind === "behaviour" ? (
                      <Link
                        key={`${subject.kind}:${subject.key}`}
                        className="chip"
                        href={behaviourCell.get(subject.key)!}
                      >
                        {KIND_LABELS[subject.kind]}: {name(subject)}
                      </Link>
                    ) : (
                      <span key={`${subject.kind}:${subject.key}`} className="chip">
                        {KIND_LABELS[subject.kind]}: {name(subject)}
                      </span>
                    ),
                  )}
                </div>
                {review?.stale && (
                  <p className="review-note" data-testid="review-stale">
                    Dismissed by {review.by} (“{review.reason}”), but what it is about has changed since — look again.
                  </p>
                )}
                {review && !review.stale && review.reason && (
                  <p className="review-note">
                    {review.state === "dismissed" ? "Dismissed" : "Acknowledged"} by {review.by}: “{review.reason}”
                  </p>
                )}
                {actions.map((a) => (
                  <p key={a.key} className="action-note" data-testid="finding-action">
                    Action: <strong>{a.title}</strong> — {a.owner}, due {a.due} ({a.status.replace("_", " ")})
                  </p>
                ))}
                {mayReview && (
                  <FindingReviewControls
                    org={org}
                    findingId={finding.id}
                    state={review && !review.stale ? review.state : "open"}
                    defaultTitle={actionTitleFor(finding.subjects.map(fullName))}
                    members={members}
                  />
                )}
              </li>
            );
          })}
        </ol>
      )}
      {findings.length > SHOWN && (
        <p className="muted">
          Showing the {SHOWN} most severe of {findings.length}. Narrow the filter to see the rest.
        </p>
      )}
    </>
  );
});
