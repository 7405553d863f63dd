"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { z } from "zod";
import { api } from "@/lib/client/api";
import { findingAnchor } from "@/lib/findings/finding-anchor";
import { graphQuery } from "@/lib/system-view/graph-query";
import { count } from "@/lib/text/plural";
import type { SystemView as SystemViewData } from "@/lib/system-view/get-system-graph";
import type { GraphNode } from "@/lib/system-view/rules/graph-types";
import { EDGE_STYLES, GraphCanvas, type GraphHighlight, nodeWords } from "./graph-canvas";
import { GraphTable } from "./graph-table";
import { FocusSearch } from "./focus-search";

/** The answer is the server's own type; the schema checks its shape. */
const viewSchema = z
  .object({ mode: z.enum(["clusters", "focus"]), nodes: z.array(z.unknown()), edges: z.array(z.unknown()) })
  .passthrough()
  .transform((value) => value as unknown as SystemViewData);

const SEVERITY_CHOICES = ["critical", "high", "medium", "low"] as const;

export function SystemView({
  org,
  initial,
  initialQuery,
  highlight,
  mayDraft = false,
}: {
  org: string;
  /** Whether the member may draft scenarios: a focused KPI then offers "Try a change". */
  mayDraft?: boolean;
  initial: SystemViewData;
  initialQuery: string;
  /** What-if: findings a scenario clears or brings (outlined on the graph). */
  highlight?: GraphHighlight;
}) {
  const params = useSearchParams();
  const query = graphQuery(new URLSearchParams(params.toString()));
  const [selected, setSelected] = useState<string>();
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const media = window.matchMedia("(max-width: 640px)");
    const update = () => setNarrow(media.matches);
    update();
    media.addEventListener("change", update);
    return () => media.removeEventListener("change", update);
  }, []);
  // On a phone the table is the view to start from; the address can ask for either.
  const view = params.get("view") ?? (narrow ? "table" : "graph");

  const { data, isFetching, error } = useQuery({
    queryKey: ["system", org, query],
    queryFn: () => api.get(`/api/orgs/${org}/system${query ? `?${query}` : ""}`, viewSchema),
    initialData: query === initialQuery ? initial : undefined,
    placeholderData: keepPreviousData,
  });
  const graph = data ?? initial;

  /** Changes the address (kept in history, so Back undoes a focus) without loading the page again. */
  const go = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params.toString());
    for (const [field, value] of Object.entries(changes))
      if (value) next.set(field, value);
      else next.delete(field);
    setSelected(undefined);
    window.history.pushState(null, "", `?${next.toString()}`);
  };
  const activate = (node: GraphNode) => {
    if (node.focus) go({ focus: node.focus });
    else if (node.expand) {
      const expand = new Set((params.get("expand") ?? "").split(",").filter(Boolean));
      expand.add(node.expand);
      go({ expand: [...expand].join(",") });
    }
  };
  const chosen = graph.nodes.find((n) => n.id === selected);
  const focus = params.get("focus");
  const focusedKpi = graph.focus && focus?.startsWith("kpi:") ? focus.slice(4) : undefined;

  return (
    <div className="system-view">
      <section className="card" aria-label="Focus and filters">
        <div className="filters">
          <FocusSearch org={org} onPick={(id) => go({ focus: id })} />
          <div className="field">
            <label htmlFor="system-department">Department</label>
            <select
              id="system-department"
              value={params.get("department") ?? ""}
              onChange={(event) => go({ department: event.target.value })}
            >
              <option value="">Any</option>
              {graph.choices.departments.map((d) => (
                <option key={d.key} value={d.key}>
                  {d.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="system-stage">Stage</label>
            <select
              id="system-stage"
              value={params.get("stage") ?? ""}
              onChange={(event) => go({ stage: event.target.value })}
            >
              <option value="">Any</option>
              {graph.choices.stages.map((s) => (
                <option key={s.key} value={s.key}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="system-severity">Findings at least</label>
            <select
              id="system-severity"
              value={params.get("severity") ?? ""}
              onChange={(event) => go({ severity: event.target.value })}
            >
              <option value="">Any, or none</option>
              {SEVERITY_CHOICES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </div>
        </div>
      </section>

      <div className="system-bar">
        <p aria-live="polite" data-testid="system-status">
          {graph.focus ? (
            <>
              Focused on <strong>{graph.focus.label}</strong>: what it pushes and what pushes it.{" "}
            </>
          ) : (
            <>The whole model, grouped by department. Open a group or focus a KPI or role. </>
          )}
          {graph.hidden.nodes > 0 && <>{graph.hidden.nodes} more not drawn. </>}
          {graph.mode === "clusters" && graph.hidden.edges > 0 && (
            <>{count(graph.hidden.edges, "lighter line")} not drawn. </>
          )}
          {isFetching && <span className="muted">Loading…</span>}
        </p>
        {graph.focus && (
          <button type="button" className="button secondary" onClick={() => go({ focus: undefined })}>
            Clear focus
          </button>
        )}
        {mayDraft && focusedKpi && (
          <Link className="button secondary" href={`/orgs/${org}/scenarios/new?kpi=${encodeURIComponent(focusedKpi)}`}>
            Try a change
          </Link>
        )}
        <div className="segmented" role="group" aria-label="Show as">
          <button
            type="button"
            className={view === "graph" ? "button" : "button secondary"}
            aria-pressed={view === "graph"}
            onClick={() => go({ view: "graph" })}
          >
            Graph
          </button>
          <button
            type="button"
            className={view === "table" ? "button" : "button secondary"}
            aria-pressed={view === "table"}
            onClick={() => go({ view: "table" })}
          >
            Table
          </button>
        </div>
      </div>
      {error && (
        <div className="alert error" role="alert">
          {error.message}
        </div>
      )}

      {graph.nodes.length === 0 ? (
        <p className="card">Nothing to draw{graph.mode === "clusters" ? " for this filter" : ""}.</p>
      ) : view === "table" ? (
        <GraphTable graph={graph} />
      ) : (
        <div className="system-layout">
          <GraphCanvas
            graph={graph}
            selected={selected}
            onSelect={setSelected}
            onActivate={activate}
            onClear={() => graph.focus && go({ focus: undefined })}
            highlight={highlight}
          />
          <aside className="card system-details" aria-label="Details" aria-live="polite">
            {chosen ? (
              <>
                <h2>{chosen.label}</h2>
                <p className="muted">{nodeWords(chosen)}</p>
                {(chosen.focus || chosen.expand) && !chosen.focused && (
                  <button type="button" className="button" onClick={() => activate(chosen)}>
                    {chosen.focus ? "Focus on this" : "Open this group"}
                  </button>
                )}
                {chosen.findings.length > 0 && (
                  <ul className="system-findings">
                    {chosen.findings.map((id) => {
                      const note = graph.findings[id];
                      return note ? (
                        <li key={id}>
                          <span className={`severity ${note.severity}`}>{note.severity}</span> {note.rule} ·{" "}
                          {note.ruleName}
                          <p>{note.explanation}</p>
                          <Link href={`/orgs/${org}/findings#${findingAnchor(id)}`}>See it in the findings</Link>
                        </li>
                      ) : null;
                    })}
                  </ul>
                )}
                {chosen.findingCount > chosen.findings.length && (
                  <p>
                    <Link href={`/orgs/${org}/findings`}>All {chosen.findingCount} findings about it</Link>
                  </p>
                )}
              </>
            ) : (
              <p className="muted">
                Choose an item to see its findings. Enter focuses a KPI or role, or opens a group.
              </p>
            )}
            <h2 className="legend-title">Lines</h2>
            <ul className="graph-legend">
              {Object.entries(EDGE_STYLES).map(([effect, style]) => (
                <li key={effect}>
                  <svg width="40" height="10" aria-hidden="true">
                    <line
                      x1="0"
                      y1="5"
                      x2="40"
                      y2="5"
                      stroke={style.stroke}
                      strokeWidth="3"
                      strokeDasharray={style.dash}
                    />
                  </svg>{" "}
                  {style.words}
                </li>
              ))}
              <li>Thicker lines: stronger influence, or more of them.</li>
            </ul>
          </aside>
        </div>
      )}
    </div>
  );
}
