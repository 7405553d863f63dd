"use client";

import Link from "next/link";
import dynamic from "next/dynamic";
import { alignmentBand } from "@/lib/alignment/rules/alignment-band";
import type { AlignmentSummary } from "@/lib/dashboard/rules/model-dashboard";
import { ChartFrame } from "./chart-frame";
import { ChartSkeleton } from "./charts/chart-skeleton";

const BAND_COLOUR = { high: "#3f9d63", mid: "#e0b341", low: "#d97757" } as const;

/** The heat map's bands, as bar colours. */
export function alignmentColour(index: number | null): string {
  const band = alignmentBand(index);
  return band ? BAND_COLOUR[band] : "#c9ced8";
}

const AlignmentBars = dynamic(() => import("./charts/alignment-bars"), { ssr: false, loading: ChartSkeleton });

const KIND_LABEL = { department: "Department", role: "Role", stage: "Stage" } as const;

export function AlignmentWidget({ org, alignment }: { org: string; alignment: AlignmentSummary }) {
  const href = (part: AlignmentSummary["parts"][number]) =>
    part.kind === "department"
      ? `/orgs/${org}/departments/${part.key}`
      : part.kind === "role"
        ? `/orgs/${org}/roles/${part.key}`
        : null;
  const rated = alignment.parts.filter((p) => p.index !== null);
  const weakest = [...rated].sort((a, b) => a.index! - b.index!)[0];
  const summary = rated.length
    ? `${rated.map((p) => `${p.name} ${p.index}`).join(", ")}.${weakest ? ` Least aligned: ${weakest.name}.` : ""}`
    : "No approved behaviours yet, so nothing to measure.";
  return (
    <div>
      <div className="headline">
        <div>
          <div className="stat" data-testid="dashboard-alignment">
            {alignment.index ?? "—"}
          </div>
          <div className="stat-label">
            alignment index: approved behaviours that KPIs, processes and systems do not work against (0–100)
          </div>
        </div>
      </div>
      {alignment.parts.length > 0 && rated.length === 0 && (
        <p className="empty-chart" data-testid="alignment-empty">
          No approved behaviours yet, so there is nothing to measure here.{" "}
          <Link href={`/orgs/${org}/model`}>Write and approve what great looks like in the model</Link>.
        </p>
      )}
      {rated.length > 0 && (
        <ChartFrame
          label="Alignment by part"
          summary={summary}
          interactive={alignment.parts.some((p) => href(p) !== null)}
          chart={
            <AlignmentBars
              bars={alignment.parts.map((p) => ({
                key: p.key,
                name: p.name,
                index: p.index,
                colour: alignmentColour(p.index),
                href: href(p),
              }))}
            />
          }
          table={
            <table data-testid="alignment-table">
              <thead>
                <tr>
                  <th scope="col">{KIND_LABEL[alignment.parts[0]!.kind]}</th>
                  <th scope="col">Alignment index</th>
                </tr>
              </thead>
              <tbody>
                {alignment.parts.map((p) => (
                  <tr key={`${p.kind}:${p.key}`}>
                    <th scope="row">{p.name}</th>
                    <td>{p.index ?? <span className="muted">no approved behaviours yet</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      )}
      {alignment.parts.some((p) => href(p)) && (
        <nav aria-label="Drill down" className="drill-links">
          {alignment.parts.map((p) => {
            const to = href(p);
            return to ? (
              <Link key={p.key} className="button secondary small" href={to}>
                {p.name}
              </Link>
            ) : null;
          })}
        </nav>
      )}
    </div>
  );
}
