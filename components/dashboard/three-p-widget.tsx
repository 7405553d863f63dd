"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import dynamic from "next/dynamic";
import { api } from "@/lib/client/api";
import type { DiagnosticSummary } from "@/lib/dashboard/get-diagnostic-summary";
import { DIMENSION_NAMES } from "@/lib/diagnostic/dimension-names";
import { DIMENSIONS } from "@/lib/diagnostic/dimensions";
import { ChartFrame } from "./chart-frame";
import { ChartSkeleton } from "./charts/chart-skeleton";

const DimensionRadar = dynamic(() => import("./charts/dimension-radar"), { ssr: false, loading: ChartSkeleton });
const signed = (n: number) => `${n > 0 ? "+" : ""}${n}`;

function Delta({ value }: { value: number | undefined }) {
  if (value === undefined) return null;
  return <span className={value > 0 ? "delta-up" : value < 0 ? "delta-down" : "muted"}>{signed(value)}</span>;
}

/** The 3P index and its three dimensions for the scope, with the change since the previous wave; another wave can be picked. */
export function ThreePWidget({
  org,
  scope,
  initial,
  resultsHref,
}: {
  org: string;
  scope: Record<string, string>;
  initial: DiagnosticSummary;
  resultsHref: string | null;
}) {
  const [waveId, setWaveId] = useState(initial.wave?.id ?? "");
  const query = useQuery({
    queryKey: ["dashboard", "diagnostic", org, scope, waveId],
    // The schema (and zod with it) loads only when another wave is picked: the first figures come with the page.
    queryFn: async () =>
      api.get(
        `/api/orgs/${org}/dashboard/diagnostic?${new URLSearchParams({ ...scope, ...(waveId ? { wave: waveId } : {}) })}`,
        (await import("./diagnostic-summary-schema")).diagnosticSummarySchema,
      ),
    initialData: waveId === (initial.wave?.id ?? "") ? initial : undefined,
  });
  const summary = query.data;
  if (!initial.wave) return <p className="muted">No wave of the diagnostic has opened yet.</p>;
  const delta = (measure: string) => summary?.deltas.find((d) => d.measure === measure)?.delta;
  const rows = summary?.dimensions
    ? DIMENSIONS.map((d) => {
        const figure = summary.dimensions![d];
        const change = delta(d);
        return {
          dimension: DIMENSION_NAMES[d],
          index: figure.shown ? figure.index : null,
          previous: figure.shown && change !== undefined ? Math.round((figure.index - change) * 10) / 10 : null,
          change,
          reason: figure.shown ? null : figure.reason,
        };
      })
    : [];
  const lowest = rows.filter((r) => r.index !== null).sort((a, b) => a.index! - b.index!)[0];
  return (
    <div aria-busy={query.isFetching}>
      <div className="field" style={{ maxWidth: "18rem" }}>
        <label htmlFor="dashboard-wave">Wave</label>
        <select id="dashboard-wave" value={waveId} onChange={(e) => setWaveId(e.target.value)}>
          {initial.waves.map((w) => (
            <option key={w.id} value={w.id}>
              {w.name}
              {w.status === "open" ? " (open)" : ""}
            </option>
          ))}
        </select>
      </div>
      {query.error && (
        <div className="alert error" role="alert">
          {query.error.message}
        </div>
      )}
      {summary && summary.limitedTo && <p className="hint">Your departments only ({summary.limitedTo.length}).</p>}
      {summary && !summary.shown && (
        <div className="alert info" role="note" data-testid="three-p-hidden">
          {summary.hiddenReason ?? "No results to show."}
        </div>
      )}
      {summary?.shown && (
        <>
          <div className="headline">
            <div>
              <div className="stat" data-testid="dashboard-3p">
                {summary.index3P ?? "—"}
              </div>
              <div className="stat-label">3P index (0–100) · {summary.respondents} respondents</div>
            </div>
            {summary.previousWave && (
              <div className="muted">
                since {summary.previousWave}: <Delta value={delta("3P")} />
                {delta("3P") === undefined && "not comparable"}
              </div>
            )}
          </div>
          <ChartFrame
            label="3P dimensions"
            summary={`${rows.map((r) => `${r.dimension} ${r.index ?? "hidden"}${r.change !== undefined ? ` (${signed(r.change)})` : ""}`).join(", ")}.${lowest ? ` Lowest: ${lowest.dimension}.` : ""}`}
            chart={
              <DimensionRadar
                rows={rows}
                waveName={summary.wave?.name ?? "This wave"}
                previousWave={summary.previousWave}
              />
            }
            table={
              <table data-testid="three-p-table">
                <thead>
                  <tr>
                    <th scope="col">Dimension</th>
                    <th scope="col">Index</th>
                    <th scope="col">Change</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.dimension}>
                      <th scope="row">{r.dimension}</th>
                      <td>{r.index ?? <span className="muted">{r.reason}</span>}</td>
                      <td>
                        <Delta value={r.change} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          />
          <h3>Leaders and frontline</h3>
          {summary.gaps.every((gap) => !gap.shown) ? (
            <p className="muted" data-testid="dashboard-gaps">
              {summary.gaps[0] && !summary.gaps[0].shown ? summary.gaps[0].reason : "No leader–frontline comparison."}
            </p>
          ) : (
            <ul className="plain-list" data-testid="dashboard-gaps">
              {summary.gaps.map((gap) => (
                <li key={gap.dimension}>
                  {DIMENSION_NAMES[gap.dimension]}:{" "}
                  {gap.shown ? (
                    <>
                      leaders {gap.leader}, frontline {gap.frontline}{" "}
                      <strong className={gap.calledOut ? "effect-obstructs" : ""}>
                        ({signed(gap.gap)}
                        {gap.calledOut
                          ? gap.gap > 0
                            ? " — leaders see it rosier"
                            : " — the frontline sees it rosier"
                          : ""}
                        )
                      </strong>
                    </>
                  ) : (
                    <span className="muted">{gap.reason}</span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {resultsHref && summary?.wave && (
        <a href={`${resultsHref}/${summary.wave.id}`}>All results of {summary.wave.name} →</a>
      )}
    </div>
  );
}
