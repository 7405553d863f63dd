import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { ResultsComments } from "@/components/diagnostic/results-comments";
import { SegmentIndices } from "@/components/diagnostic/segment-indices";
import { StatementTable } from "@/components/diagnostic/statement-table";
import { ParticipationTable } from "@/components/diagnostic/participation-table";
import { DIMENSION_NAMES } from "@/lib/diagnostic/dimension-names";
import { DIMENSIONS } from "@/lib/diagnostic/instrument-schema";
import { getWaveResults } from "@/lib/diagnostic/results/get-wave-results";
import type { BreakdownField, SegmentResult } from "@/lib/diagnostic/score-results";
import { getParticipationBySegment } from "@/lib/diagnostic/participation/get-participation-by-segment";
import { orgPage } from "@/lib/access/page-gates";
import { favourableBand } from "@/lib/diagnostic/rules/favourable-band";
import { segmentName as nameOfSegment } from "@/lib/diagnostic/results/segment-name";
import { segmentNames } from "@/lib/diagnostic/results/segment-names";
import { TableScroll } from "@/components/ui/table-scroll";

export const metadata: Metadata = { title: "Results" };

const BREAKDOWNS = ["department", "role", "level"] as const satisfies readonly BreakdownField[];
/** `?by=`: one of the breakdowns; anything else falls back to department. */
const breakdownQuery = z.enum(BREAKDOWNS).catch("department");

export default orgPage<{ wave: string }>("results:read", async (access, { org, wave: waveId }, query) => {
  const by: BreakdownField = breakdownQuery.parse(query.by);
  const [results, names, participation] = await Promise.all([
    getWaveResults(access, waveId, by),
    segmentNames(access, by),
    getParticipationBySegment(access, waveId),
  ]);
  const segmentName = (key: string) => nameOfSegment(names.segments, key);
  const participationTable = <ParticipationTable org={org} waveId={waveId} initial={participation} />;
  if (!results.available) {
    return (
      <>
        <p>
          <Link href={`/orgs/${org}/diagnostic`}>← Diagnostic</Link>
        </p>
        <h1>{results.wave.name}: results</h1>
        <div className="alert info" role="note" data-testid="results-unavailable">
          {results.message}
        </div>
        {participationTable}
      </>
    );
  }
  const itemText = new Map(results.statements.map((i) => [i.key, i.text]));
  const total = results.total;
  const columns: SegmentResult[] = [total, ...(results.breakdown?.segments ?? [])];
  const publishedOn = new Date(results.publication.publishedAt).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });

  return (
    <>
      <p>
        <Link href={`/orgs/${org}/diagnostic`}>← Diagnostic</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>{results.wave.name}: results</h1>
          <p>
            {results.memberScope
              ? `Your departments (${results.memberScope.map((key) => names.departments.get(key) ?? key).join(", ")}). `
              : ""}
            {total.shown ? `${total.respondents} respondents · ` : ""}anonymity threshold k = {results.k}. Hidden
            figures say why.
          </p>
          <p className="muted" data-testid="publication">
            {results.publication.final
              ? "Final results"
              : `Snapshot ${results.publication.seq}, published ${publishedOn}: figures change only when the next snapshot is published.`}
          </p>
        </div>
      </div>
      {!total.shown ? (
        <div className="alert info" role="note" data-testid="total-hidden">
          {total.reason}
        </div>
      ) : (
        <>
          <section className="grid" aria-label="3P index">
            <div className="card">
              <div className="stat" data-testid="index-3p">
                {total.index3P ?? "—"}
              </div>
              <div className="stat-label">3P index (0–100)</div>
            </div>
            {DIMENSIONS.map((d) => {
              const figure = total.dimensions[d];
              return (
                <div className="card" key={d}>
                  <div className="stat">{figure.shown ? figure.index : "—"}</div>
                  <div className="stat-label">
                    {DIMENSION_NAMES[d]}
                    {figure.shown ? "" : ` — ${figure.reason}`}
                  </div>
                </div>
              );
            })}
          </section>
          {results.previousWave && (
            <section className="card summary-strip" aria-label={`Change since ${results.previousWave.name}`}>
              <div>
                Since <strong>{results.previousWave.name}</strong>:
              </div>
              {results.deltas.length === 0 ? (
                <div className="muted">not comparable (figures hidden in one of the waves)</div>
              ) : (
                results.deltas.map((d) => (
                  <div key={d.measure} data-testid={`delta-${d.measure}`}>
                    {d.measure === "3P" ? "3P index" : DIMENSION_NAMES[d.measure]}{" "}
                    <strong className={d.delta > 0 ? "effect-supports" : d.delta < 0 ? "effect-obstructs" : ""}>
                      {d.delta > 0 ? "+" : ""}
                      {d.delta}
                    </strong>
                  </div>
                ))
              )}
            </section>
          )}
          <section className="card" aria-labelledby="gaps-heading">
            <h2 id="gaps-heading">Leaders and frontline</h2>
            <TableScroll label="Leaders and frontline">
              <table className="stack-on-phone compact">
                <thead>
                  <tr>
                    <th scope="col">Dimension</th>
                    <th scope="col">Leaders</th>
                    <th scope="col">Frontline</th>
                    <th scope="col">Gap</th>
                  </tr>
                </thead>
                <tbody>
                  {results.gaps.map((gap) => (
                    <tr key={gap.dimension}>
                      <th scope="row">{DIMENSION_NAMES[gap.dimension]}</th>
                      {gap.shown ? (
                        <>
                          <td data-label="Leaders">{gap.leader}</td>
                          <td data-label="Frontline">{gap.frontline}</td>
                          <td data-label="Gap" data-testid={`gap-${gap.dimension}`}>
                            {gap.gap > 0 ? "+" : ""}
                            {gap.gap}
                            {gap.calledOut && (
                              <strong className="effect-obstructs">
                                {" "}
                                — {gap.gap > 0 ? "leaders see it rosier" : "the frontline sees it rosier"}
                              </strong>
                            )}
                          </td>
                        </>
                      ) : (
                        <td colSpan={3} className="muted">
                          {gap.reason}
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </section>
          <SegmentIndices segments={results.breakdown?.segments ?? []} by={by} segmentName={segmentName} />
          <StatementTable total={total} statementText={itemText} />
        </>
      )}
      <section className="card" aria-labelledby="heat-heading">
        <div className="page-header" style={{ marginBottom: "0.5rem" }}>
          <h2 id="heat-heading" style={{ margin: 0 }}>
            Statements by {by}: favourable share
          </h2>
          <a
            className="button secondary small"
            href={`/api/orgs/${org}/waves/${waveId}/results?by=${by}&format=csv`}
            download
          >
            Download CSV
          </a>
          <nav className="segmented" aria-label="Break down by">
            {BREAKDOWNS.map((b) => (
              <Link key={b} href={`/orgs/${org}/diagnostic/${waveId}?by=${b}`} aria-current={b === by}>
                {b}
              </Link>
            ))}
          </nav>
        </div>
        <p className="hint">
          Favourable: the share who agree with a statement, or disagree with a negatively phrased one.
        </p>
        <TableScroll label={`Favourable share per statement and ${by}`} className="scroll-both">
          <table className="matrix">
            <caption className="sr-only">Favourable share per statement and {by}; hidden cells say why</caption>
            <thead>
              <tr>
                <th scope="col">Statement</th>
                {columns.map((segment) => (
                  <th key={segment.key} scope="col" data-testid={`segment-${segment.key}`}>
                    {segmentName(segment.key)}
                    <div className="muted" style={{ textTransform: "none" }}>
                      {segment.shown ? `${segment.respondents} people` : "hidden"}
                    </div>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {columns.some((c) => !c.shown) && (
                <tr>
                  <th scope="row" className="muted">
                    Why hidden
                  </th>
                  {columns.map((segment) => (
                    <td
                      key={segment.key}
                      className="muted"
                      style={{ fontSize: "0.78rem" }}
                      data-testid={`reason-${segment.key}`}
                    >
                      {segment.shown ? "" : segment.reason}
                    </td>
                  ))}
                </tr>
              )}
              {(total.shown ? total.items : []).map((item) => (
                <tr key={item.key}>
                  <th scope="row" style={{ minWidth: "16rem", maxWidth: "24rem", fontWeight: 400 }}>
                    {itemText.get(item.key) ?? item.key}
                  </th>
                  {columns.map((segment) => {
                    if (!segment.shown)
                      return (
                        <td key={segment.key} className="muted">
                          —
                        </td>
                      );
                    const figure = segment.items.find((i) => i.key === item.key)!;
                    return figure.shown ? (
                      <td key={segment.key}>
                        <span className={`cell-link align-${favourableBand(figure.favourable ?? 0)}`}>
                          {figure.favourable} %
                        </span>
                      </td>
                    ) : (
                      <td key={segment.key} className="muted" title={figure.reason}>
                        hidden
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      {results.breakdown?.note && (
        <p className="alert info" role="note">
          {results.breakdown.note}
        </p>
      )}
      {participationTable}
      <ResultsComments total={total} segments={results.breakdown?.segments ?? []} segmentName={segmentName} />
    </>
  );
});
