/**
 * A dashboard (DESIGN §5) for an organisation, a department or a role. Each widget has its own Suspense
 * and error boundary: the model's widgets share one read of the model per request and stream in as it
 * ends; the 3P headline (its own quick aggregates) is read before the first HTML, so it is painted first.
 */
import { Suspense } from "react";
import { MatrixTable } from "@/components/model/matrix-table";
import { type DiagnosticSummary, getDiagnosticSummary } from "@/lib/dashboard/get-diagnostic-summary";
import { getModelDashboard } from "@/lib/dashboard/get-model-dashboard";
import type { DashboardScope } from "@/lib/dashboard/rules/dashboard-scope";
import { storyForDiagnostic } from "@/lib/dashboard/rules/model-dashboard";
import type { Story } from "@/lib/dashboard/rules/pick-story";
import type { OrgAccess } from "@/lib/access/org-access";
import { ActionsWidget } from "./actions-widget";
import { DepartmentHeatMapTable } from "./department-heat-map";
import { AlignmentWidget } from "./alignment-widget";
import { ExposureWidget } from "./exposure-widget";
import { FindingsWidget } from "./findings-widget";
import { StoryCard } from "./story-card";
import { ThreePWidget } from "./three-p-widget";
import { Widget } from "./widget";

type Props = { access: OrgAccess; org: string; scope: DashboardScope };

function scopeQuery(scope: DashboardScope): Record<string, string> {
  return scope.kind === "organisation" ? {} : { [scope.kind]: scope.key };
}

async function StoryBeside({
  props,
  pick,
}: {
  props: Props;
  pick: (stories: Awaited<ReturnType<typeof getModelDashboard>>) => Story | null;
}) {
  const dashboard = await getModelDashboard(props.access, props.scope);
  const story = pick(dashboard);
  if (!story) return null;
  const stageName = dashboard.stages.find((s) => s.key === story.stage)?.name;
  return <StoryCard story={story} stageName={stageName} />;
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** The headline, from figures already read: it renders in the page's first HTML, not after the stream. */
function ThreePContent({ props, summary }: { props: Props; summary: Settled<DiagnosticSummary> }) {
  // Thrown inside the widget's boundary, as a failed read in the widget would be.
  if (!summary.ok) throw summary.error;
  return (
    <>
      <ThreePWidget
        org={props.org}
        scope={scopeQuery(props.scope)}
        initial={summary.value}
        resultsHref={`/orgs/${props.org}/diagnostic`}
      />
      <Suspense fallback={null}>
        <StoryBeside props={props} pick={(d) => storyForDiagnostic(d.stories, summary.value.index3P)} />
      </Suspense>
    </>
  );
}

async function AlignmentLoader(props: Props) {
  const dashboard = await getModelDashboard(props.access, props.scope);
  return <AlignmentWidget org={props.org} alignment={dashboard.alignment} />;
}

async function FindingsLoader(props: Props) {
  const dashboard = await getModelDashboard(props.access, props.scope);
  const query = props.scope.kind === "organisation" ? "" : `?${new URLSearchParams(scopeQuery(props.scope))}`;
  return (
    <>
      <FindingsWidget org={props.org} findings={dashboard.findings} filterQuery={query} />
      <StoryBeside props={props} pick={(d) => d.stories.findings} />
    </>
  );
}

async function HeatMapLoader(props: Props) {
  const dashboard = await getModelDashboard(props.access, props.scope);
  const heatMap = dashboard.heatMap;
  if (heatMap.rows.length === 0) return <p className="muted">No roles here yet.</p>;
  return (
    <>
      <p className="hint">
        Share of each cell&apos;s approved behaviours that nothing works against; blind spots are stages a role touches
        with no approved behaviour.{" "}
        {heatMap.level === "roles" ? "Open a cell to see why." : "Open a department to see its roles."}
      </p>
      {heatMap.level === "roles" ? (
        <MatrixTable org={props.org} matrix={heatMap} layer="alignment" />
      ) : (
        <DepartmentHeatMapTable org={props.org} heatMap={heatMap} />
      )}
      <StoryBeside props={props} pick={(d) => d.stories.heatMap} />
    </>
  );
}

async function ActionsLoader(props: Props) {
  const dashboard = await getModelDashboard(props.access, props.scope);
  return <ActionsWidget org={props.org} actions={dashboard.actions} />;
}

async function ExposureLoader(props: Props) {
  const dashboard = await getModelDashboard(props.access, props.scope);
  return <ExposureWidget org={props.org} exposure={dashboard.exposure} />;
}

export async function DashboardView(props: Props) {
  // The model widgets' shared read (cached for the request) starts now, so they do not wait for the headline.
  getModelDashboard(props.access, props.scope).catch(() => undefined);
  // The headline is a quick read, awaited before the first HTML: what a phone paints first is the 3P index, not
  // a "Loading…" that the stream replaces a moment later (that moment was most of the dashboard's mobile LCP).
  const summary: Settled<DiagnosticSummary> = await getDiagnosticSummary(props.access, props.scope).then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error }),
  );
  return (
    <div className="dashboard-grid">
      <Widget id="three-p" title="3P diagnostic" reserve={44}>
        <ThreePContent props={props} summary={summary} />
      </Widget>
      <Widget id="alignment" title="Alignment" reserve={44}>
        <AlignmentLoader {...props} />
      </Widget>
      <Widget id="findings" title="Top findings" reserve={36}>
        <FindingsLoader {...props} />
      </Widget>
      <Widget id="actions" title="Action items" reserve={20}>
        <ActionsLoader {...props} />
      </Widget>
      <Widget id="heat-map" title="Where behaviours meet the lifecycle" wide reserve={24}>
        <HeatMapLoader {...props} />
      </Widget>
      <Widget id="exposure" title="Customer exposure" reserve={16}>
        <ExposureLoader {...props} />
      </Widget>
    </div>
  );
}
