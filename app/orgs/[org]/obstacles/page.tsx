import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { MemberObstacleForm } from "@/components/obstacles/member-obstacle-form";
import { ObstacleLinkPanel } from "@/components/obstacles/obstacle-link-panel";
import { ObstacleAnswerForm, ObstacleTriageForm } from "@/components/obstacles/obstacle-triage";
import { orgPage } from "@/lib/access/page-gates";
import { can } from "@/lib/access/permissions";
import { OBSTACLE_BATCH } from "@/lib/obstacles/ballot-box/empty-obstacle-box";
import { listObstacles, type ObstacleRow } from "@/lib/obstacles/list-obstacles";
import { obstacleLinkOf } from "@/lib/obstacles/obstacle-link-of";
import { count } from "@/lib/text/plural";

export const metadata: Metadata = { title: "Obstacle reports" };

const KIND = { process: "Process", form: "Form", system: "System", measure: "Measure" } as const;
const STATUS = {
  open: { label: "Open", className: "proposed" },
  accepted: { label: "Taken up", className: "approved" },
  merged: { label: "Merged", className: "retired" },
  declined: { label: "Declined", className: "retired" },
} as const;

function weekOf(iso: string) {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", timeZone: "UTC" });
}

/** What a report says, the same in "Your reports" and in the list to take up. */
function ReportSummary({ report, headingId }: { report: ObstacleRow; headingId: string }) {
  return (
    <>
      <div className="finding-head">
        <h3 id={headingId} style={{ margin: 0 }}>
          {report.title}
        </h3>
        <span className={`status ${STATUS[report.status].className}`}>{STATUS[report.status].label}</span>
      </div>
      <p className="muted" style={{ margin: 0 }}>
        {KIND[report.kind]} · {report.stage ? report.stage.name : "stage not said"}
        {report.department ? ` · ${report.department.name}` : ""} · week of {weekOf(report.week)}
        {report.reporter ? ` · reported by ${report.reporter}` : " · anonymous"}
      </p>
      <p>“{report.effect}”</p>
      {report.mergedInto && <p className="muted">The same as “{report.mergedInto.title}”.</p>}
    </>
  );
}

/**
 * Obstacle reports (issue 15): every member reports what stops them doing right by the customer; owners and
 * department heads take reports up into the inventory and answer; owners keep the obstacle link.
 */
export default orgPage("obstacles:report", async (access, { org }) => {
  const view = await listObstacles(access);
  const link = can(access.membership.role, "obstacles:link") ? await obstacleLinkOf(access) : null;
  const messages = await getMessages();
  const open = view.triage?.filter((r) => r.status === "open").length ?? 0;
  const choices = {
    processDepartments: view.processDepartments,
    departments: view.departments,
    ownerPowers: view.ownerPowers,
  };
  const answerForm = (report: ObstacleRow) => (
    <ObstacleAnswerForm
      org={org}
      report={{ id: report.id, title: report.title, answer: report.answer, department: report.department?.key ?? null }}
      departments={view.ownerPowers ? view.departments : undefined}
    />
  );
  const mergeTargets = (view.triage ?? []).filter((r) => r.status !== "merged");
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Obstacle reports</h1>
          <p>
            A process, a form, a system or a measure that stops you doing right by the customer: report it. Those who
            take reports up add them to the inventory — where the findings see them — and answer you.
          </p>
        </div>
      </div>
      <section className="card" aria-labelledby="report-obstacle">
        <h2 id="report-obstacle">Report an obstacle</h2>
        <NextIntlClientProvider messages={{ Obstacle: messages.Obstacle }}>
          <MemberObstacleForm org={org} stages={view.stages} departments={view.departments} />
        </NextIntlClientProvider>
      </section>
      {can(access.membership.role, "obstacles:link") && (
        <section className="card">
          <ObstacleLinkPanel org={org} link={link} />
        </section>
      )}
      {view.mine.length > 0 && (
        <section className="card" aria-labelledby="your-reports">
          <h2 id="your-reports">Your reports</h2>
          <ul className="plain-list">
            {view.mine.map((report) => (
              <li key={report.id} aria-labelledby={`mine-${report.id}`} data-testid="my-obstacle">
                <ReportSummary report={report} headingId={`mine-${report.id}`} />
                <p>
                  <strong>Answer:</strong> {report.answer ?? "none yet."}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {view.triage && (
        <section aria-labelledby="to-take-up">
          <h2 id="to-take-up">Reports to take up</h2>
          <p className="muted">
            {count(open, "open report")}
            {view.ownerPowers
              ? ". Say whose work a report is to hand it to that department's heads."
              : " of your departments (owners hand reports to departments)."}
            {view.moreToTriage > 0 ? ` ${view.moreToTriage} older reports are not listed.` : ""}
          </p>
          <p className="muted" data-testid="obstacles-batches">
            Anonymous reports join this list after the week they were sent, at least {OBSTACLE_BATCH} together, so that
            nobody — not even someone with the database — can tell who sent which, or when.
          </p>
          {view.triage.length === 0 && <p className="card muted">No reports yet.</p>}
          {view.triage.map((report) => (
            <article
              key={report.id}
              className="card"
              aria-labelledby={`obstacle-${report.id}`}
              data-testid="obstacle-report"
            >
              <ReportSummary report={report} headingId={`obstacle-${report.id}`} />
              {report.status === "open" && (
                <ObstacleTriageForm
                  org={org}
                  report={{
                    id: report.id,
                    title: report.title,
                    kind: report.kind,
                    stage: report.stage?.key ?? null,
                    department: report.department?.key ?? null,
                  }}
                  choices={choices}
                  others={mergeTargets
                    .filter((r) => r.id !== report.id)
                    .map((r) => ({ key: r.id, name: `${r.title} (${STATUS[r.status].label.toLowerCase()})` }))}
                />
              )}
              {report.status === "open" ? (
                <details style={{ marginTop: "1rem" }}>
                  <summary>
                    {view.ownerPowers
                      ? "Answer or hand it to a department, without deciding yet"
                      : "Answer without deciding yet"}
                  </summary>
                  {answerForm(report)}
                </details>
              ) : (
                answerForm(report)
              )}
            </article>
          ))}
        </section>
      )}
    </>
  );
});
