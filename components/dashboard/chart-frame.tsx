"use client";

import { type ReactNode, useRef, useState } from "react";
import { ChartSkeleton } from "./charts/chart-skeleton";
import { useOnScreen } from "./use-on-screen";

/**
 * A chart with its text alternative and a table view: the summary is read by screen readers and shown
 * under the chart; the table holds every figure the chart draws.
 */
export function ChartFrame({
  label,
  summary,
  chart,
  table,
  interactive = false,
}: {
  label: string;
  summary: string;
  chart: ReactNode;
  table: ReactNode;
  /** The chart holds links (bars that drill down): a labelled group, since an image's content is not reachable. */
  interactive?: boolean;
}) {
  const [view, setView] = useState<"chart" | "table">("chart");
  const box = useRef<HTMLDivElement>(null);
  // Drawn once on screen; until then the skeleton holds the chart's height, and the summary is there.
  const onScreen = useOnScreen(box);
  return (
    <div>
      <div className="chart-toggle" role="group" aria-label={`${label}: show as`}>
        <button
          className="button secondary small"
          type="button"
          aria-pressed={view === "chart"}
          onClick={() => setView("chart")}
        >
          Chart
        </button>
        <button
          className="button secondary small"
          type="button"
          aria-pressed={view === "table"}
          onClick={() => setView("table")}
        >
          Table
        </button>
      </div>
      {view === "chart" ? (
        <figure style={{ margin: 0 }}>
          <div ref={box} className="chart-box" role={interactive ? "group" : "img"} aria-label={`${label}. ${summary}`}>
            {onScreen ? chart : <ChartSkeleton />}
          </div>
          <figcaption className="hint">{summary}</figcaption>
        </figure>
      ) : (
        table
      )}
    </div>
  );
}
