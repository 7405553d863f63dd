import type { Metadata } from "next";
import Link from "next/link";
import { SystemView } from "@/components/system-view/system-view";
import { orgPage } from "@/lib/access/page-gates";
import { can } from "@/lib/access/permissions";
import { AppError, ValidationError } from "@/lib/errors";
import { badCharacters } from "@/lib/http/parse-input";
import { getSystemGraph } from "@/lib/system-view/get-system-graph";
import { graphQuery } from "@/lib/system-view/graph-query";
import { systemGraphInput, type SystemGraphQuery } from "@/lib/system-view/input";
import { getScenario } from "@/lib/scenarios/get-scenario";
import { previewScenario } from "@/lib/scenarios/preview-scenario";

export const metadata: Metadata = { title: "System view" };

/**
 * The system view (DESIGN §5). The address holds the focus and the filters, so a view can be shared and
 * reloaded; a value that is not valid, or names nothing in the model (a KPI removed since the link was
 * shared), is named in an alert and left out — the page still draws the rest.
 */
export default orgPage("organisation:read", async (access, { org }, rawQuery) => {
  const raw = new URLSearchParams();
  for (const [field, value] of Object.entries(rawQuery)) {
    const last = Array.isArray(value) ? value.at(-1) : value;
    if (last !== undefined) raw.set(field, last);
  }
  const problems: string[] = [];
  const input: Record<string, string> = {};
  for (const [field, value] of new URLSearchParams(graphQuery(raw))) {
    const bad = badCharacters(value);
    const parsed = bad ? null : systemGraphInput.shape[field as keyof SystemGraphQuery].safeParse(value);
    if (parsed?.success) input[field] = value;
    else problems.push(bad ? `${field} ${bad}.` : parsed!.error!.issues[0]!.message);
  }
  let query = systemGraphInput.parse(input);
  let view;
  for (;;) {
    try {
      view = await getSystemGraph(access, query);
      break;
    } catch (error) {
      // Only the checks against the model are taken here (each names its field); anything else goes up.
      if (!(error instanceof ValidationError) || !error.field || !(error.field in query)) throw error;
      problems.push(error.detail);
      query = { ...query, [error.field]: undefined };
    }
  }
  // `?scenario=<id>`: the scenario's cleared and appearing findings are outlined on the graph.
  let scenario;
  const scenarioId = typeof rawQuery.scenario === "string" ? rawQuery.scenario : undefined;
  if (scenarioId) {
    try {
      const saved = await getScenario(access, scenarioId);
      const preview = await previewScenario(access, saved.edits);
      scenario = { id: saved.id, name: saved.name, preview };
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      problems.push(error.status === 404 ? "That scenario is not available to you." : error.detail);
    }
  }
  return (
    <>
      <div className="page-header">
        <div>
          <h1>System view</h1>
          <p>
            Which measures, processes and systems push people where — directly and through the links between KPIs — with
            the findings marked on the way.
          </p>
        </div>
        <Link className="button secondary small" href={`/orgs/${org}/scenarios`}>
          Scenarios
        </Link>
      </div>
      {scenario && (
        <div className="alert" role="status" data-testid="scenario-outline">
          <p>
            Outlined: what the scenario <Link href={`/orgs/${org}/scenarios/${scenario.id}`}>{scenario.name}</Link>{" "}
            would do — {scenario.preview.clearedCount} {scenario.preview.clearedCount === 1 ? "finding" : "findings"}{" "}
            cleared (dashed green outline), {scenario.preview.appearedCount} appearing (solid red outline).
          </p>
        </div>
      )}
      {problems.length > 0 && (
        <div className="alert error" role="alert" data-testid="filter-problems">
          {problems.map((problem) => (
            <p key={problem}>{problem} Showing the view without it.</p>
          ))}
        </div>
      )}
      <SystemView
        org={org}
        initial={view}
        initialQuery={graphQuery(raw)}
        mayDraft={can(access.membership.role, "scenarios:draft")}
        highlight={
          scenario && {
            cleared: scenario.preview.cleared.map((f) => f.id),
            appeared: scenario.preview.appeared.map((f) => f.id),
          }
        }
      />
    </>
  );
});
