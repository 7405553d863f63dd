"use client";

import dynamic from "next/dynamic";
import { useId, useState } from "react";
import { ChartFrame } from "@/components/dashboard/chart-frame";
import { ChartSkeleton } from "@/components/dashboard/charts/chart-skeleton";
import { FormError } from "@/components/ui/form-error";
import { NameOptions } from "@/components/ui/name-options";
import { TableScroll } from "@/components/ui/table-scroll";
import { api } from "@/lib/client/api";
import { useApiAction, useApiForm } from "@/lib/client/use-api-form";
import type { KpiReadingRow } from "@/lib/kpis/get-kpi-readings";
import type { KpiSignals } from "@/lib/kpis/rules/gamed-metric-signals";
import { count } from "@/lib/text/plural";

const ReadingsLine = dynamic(() => import("./charts/readings-charts").then((m) => m.ReadingsLine), {
  ssr: false,
  loading: ChartSkeleton,
});
const DistanceHistogram = dynamic(() => import("./charts/readings-charts").then((m) => m.DistanceHistogram), {
  ssr: false,
  loading: ChartSkeleton,
});
const TrendLines = dynamic(() => import("./charts/readings-charts").then((m) => m.TrendLines), {
  ssr: false,
  loading: ChartSkeleton,
});

type Named = { key: string; name: string };
type Kpi = { key: string; name: string; unit: string; direction: "higher" | "lower" | "band" };

const fmt = (n: number) =>
  Math.abs(n) >= 1000 ? n.toLocaleString("en-GB", { maximumFractionDigits: 0 }) : String(+n.toPrecision(4));
const pct = (share: number) => `${share >= 0 ? "+" : ""}${(share * 100).toFixed(1)} %`;

/** A KPI's readings: the chart with its target, the table, entry and changes, and the "worth a look" signals. */
export function KpiReadingsPanel({
  org,
  kpi,
  readings,
  signals,
  names,
  editable,
  departments,
}: {
  org: string;
  kpi: Kpi;
  readings: KpiReadingRow[];
  signals: KpiSignals | null;
  names: Record<string, string>;
  editable: boolean;
  /** Departments a reading may be given for. */
  departments: Named[];
}) {
  const [editing, setEditing] = useState<KpiReadingRow | null>(null);
  const url = `/api/orgs/${org}/kpis/${encodeURIComponent(kpi.key)}/readings`;
  const remove = useApiAction<string>({ send: (id) => api.delete(`${url}/${encodeURIComponent(id)}`), refresh: true });
  const whole = readings.filter((r) => r.department === null);
  const chartPoints = (whole.length > 0 ? whole : readings).map((r) => ({
    period: r.period,
    value: r.value,
    ...(r.target !== null ? { target: r.target } : {}),
  }));
  const last = readings.at(-1);
  const summary =
    readings.length === 0
      ? "No readings yet."
      : `${count(readings.length, "reading")} from ${readings[0]!.period} to ${last!.period}; the latest is ${fmt(last!.value)}${kpi.unit ? ` ${kpi.unit}` : ""}${last!.target !== null ? ` against a target of ${fmt(last!.target)}` : ""}.`;

  return (
    <>
      <Signals kpi={kpi} signals={signals} names={names} />
      <section className="card" aria-labelledby="kpi-readings">
        <h2 id="kpi-readings">Readings</h2>
        {readings.length === 0 ? (
          <p className="muted">No readings yet. Enter the value of each month, or import a spreadsheet of them.</p>
        ) : (
          <ChartFrame
            label={`Readings of ${kpi.name}`}
            summary={summary}
            chart={<ReadingsLine points={chartPoints} unit={kpi.unit} />}
            table={
              <TableScroll label="Table: readings by month">
                <table data-testid="readings-table">
                  <thead>
                    <tr>
                      <th scope="col">Month</th>
                      <th scope="col">Department</th>
                      <th scope="col">Value</th>
                      <th scope="col">Target</th>
                    </tr>
                  </thead>
                  <tbody>
                    {readings.map((r) => (
                      <tr key={r.id}>
                        <th scope="row">{r.period}</th>
                        <td>{r.department?.name ?? "Whole KPI"}</td>
                        <td>{fmt(r.value)}</td>
                        <td>{r.target !== null ? fmt(r.target) : "—"}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            }
          />
        )}
        {editable && (
          <>
            <ReadingForm
              key={editing?.id ?? "new"}
              url={url}
              editing={editing}
              departments={departments}
              onDone={() => setEditing(null)}
            />
            {readings.length > 0 && (
              <details className="readings-edit">
                <summary>Change or remove a reading</summary>
                <FormError message={remove.error?.message} />
                <ul className="relation-list">
                  {[...readings].reverse().map((r) => (
                    <li key={r.id}>
                      <span>
                        {r.period}
                        {r.department ? ` · ${r.department.name}` : ""}: {fmt(r.value)}
                        {r.target !== null ? ` (target ${fmt(r.target)})` : ""}
                      </span>
                      <span className="row-actions">
                        <button
                          className="button secondary small"
                          type="button"
                          aria-label={`Change the reading of ${r.period}${r.department ? ` for ${r.department.name}` : ""}`}
                          onClick={() => setEditing(r)}
                        >
                          Change
                        </button>
                        <button
                          className="button secondary small"
                          type="button"
                          disabled={remove.pending}
                          aria-label={`Remove the reading of ${r.period}${r.department ? ` for ${r.department.name}` : ""}`}
                          onClick={() => remove.run(r.id)}
                        >
                          Remove
                        </button>
                      </span>
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </>
        )}
      </section>
    </>
  );
}

function ReadingForm({
  url,
  editing,
  departments,
  onDone,
}: {
  url: string;
  editing: KpiReadingRow | null;
  departments: Named[];
  onDone: () => void;
}) {
  const id = useId();
  const [period, setPeriod] = useState(editing?.period ?? "");
  const [value, setValue] = useState(editing ? String(editing.value) : "");
  const [target, setTarget] = useState(editing?.target !== null && editing ? String(editing.target) : "");
  const [department, setDepartment] = useState(editing?.department?.key ?? "");
  const save = useApiForm({
    send: () => {
      const body = {
        period,
        value: value.trim() === "" ? null : Number(value),
        target: target.trim() === "" ? null : Number(target),
        department,
      };
      return editing ? api.put(`${url}/${encodeURIComponent(editing.id)}`, body) : api.post(url, body);
    },
    onSuccess: () => {
      if (editing) onDone();
      else setValue("");
    },
    refresh: true,
  });
  return (
    <form onSubmit={save.onSubmit} aria-labelledby={`${id}-heading`} className="reading-form">
      <h3 id={`${id}-heading`}>{editing ? `Change the reading of ${editing.period}` : "Enter a reading"}</h3>
      <FormError message={save.error?.message} />
      <div className="inline-form">
        <div className="field">
          <label htmlFor={`${id}-period`}>Month</label>
          <input
            id={`${id}-period`}
            type="month"
            value={period}
            required
            placeholder="2026-01"
            aria-invalid={save.invalid("period")}
            onChange={(e) => setPeriod(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-value`}>Value</label>
          <input
            id={`${id}-value`}
            type="number"
            step="any"
            inputMode="decimal"
            value={value}
            required
            aria-invalid={save.invalid("value")}
            onChange={(e) => setValue(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-target`}>Target (optional)</label>
          <input
            id={`${id}-target`}
            type="number"
            step="any"
            inputMode="decimal"
            value={target}
            aria-invalid={save.invalid("target")}
            onChange={(e) => setTarget(e.target.value)}
          />
        </div>
        {departments.length > 0 && (
          <div className="field">
            <label htmlFor={`${id}-department`}>For</label>
            <select id={`${id}-department`} value={department} onChange={(e) => setDepartment(e.target.value)}>
              <option value="">The whole KPI</option>
              <NameOptions items={departments} />
            </select>
          </div>
        )}
        <button className="button small" type="submit" disabled={save.pending}>
          {editing ? "Save reading" : "Add reading"}
        </button>
        {editing && (
          <button className="button secondary small" type="button" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

/** The signals that flagged, each with its evidence drawn and as a table. */
function Signals({ kpi, signals, names }: { kpi: Kpi; signals: KpiSignals | null; names: Record<string, string> }) {
  if (!signals) return null;
  const { bunching, counters, possible } = signals;
  const flagged = [bunching?.flagged, counters?.flagged, possible?.flagged].some(Boolean);
  if (!flagged) return null;
  return (
    <section className="card worth-a-look" aria-labelledby="worth-a-look">
      <h2 id="worth-a-look">Worth a look</h2>
      <p className="muted">
        Patterns that a measure people manage to — rather than the work it measures — often shows. They prove nothing
        about anyone: they are a reason to ask how the figures are made.
      </p>
      {bunching?.flagged && <BunchingEvidence kpi={kpi} evidence={bunching.evidence} />}
      {counters?.flagged && (
        <TrendEvidence
          kpi={kpi}
          result={counters}
          names={names}
          title="Improving while its counters are not"
          companionWord="its counters"
        />
      )}
      {possible?.flagged && (
        <TrendEvidence
          kpi={kpi}
          result={possible}
          names={names}
          title="Improving while the roles it measures feel less able to do right by customers"
          companionWord="the Possible index of the roles it measures"
        />
      )}
    </section>
  );
}

function BunchingEvidence({ kpi, evidence }: { kpi: Kpi; evidence: NonNullable<KpiSignals["bunching"]>["evidence"] }) {
  // Bins of one percent of the target, from -10 % to +10 %; further readings fall in the end bins.
  const bins = Array.from({ length: 20 }, (_, i) => {
    const from = i - 10;
    return {
      label: `${from >= 0 ? "+" : ""}${from}`,
      count: 0,
      good: kpi.direction === "higher" ? from >= 0 : from < 0,
    };
  });
  for (const d of evidence.distances) {
    const at = Math.min(19, Math.max(0, Math.floor(d.share * 100) + 10));
    bins[at]!.count++;
  }
  const side = kpi.direction === "higher" ? "above" : "below";
  const other = kpi.direction === "higher" ? "below" : "above";
  return (
    <div className="signal" data-testid="signal-bunching">
      <h3>Readings bunch just past the target</h3>
      <p>
        {count(evidence.justMet, "reading")} landed just {side} the target (within {(evidence.band * 100).toFixed(0)} %
        of it), against {evidence.justMissed} just {other} it, out of {count(evidence.withTarget, "reading")} with a
        target. If landing either side were equally likely, a split this lopsided would happen{" "}
        {evidence.pValue === null
          ? ""
          : evidence.pValue < 0.001
            ? "less than once in a thousand times"
            : `about ${(evidence.pValue * 100).toFixed(1)} % of the time`}
        .
      </p>
      <ChartFrame
        label={`Distance of ${kpi.name}'s readings to their target, in percent of the target`}
        summary={`${evidence.justMet} just ${side} the target, ${evidence.justMissed} just ${other}.`}
        chart={<DistanceHistogram bins={bins} />}
        table={
          <TableScroll label="Table: distance to target by month">
            <table>
              <thead>
                <tr>
                  <th scope="col">Month</th>
                  <th scope="col">Distance to target</th>
                </tr>
              </thead>
              <tbody>
                {evidence.distances.map((d) => (
                  <tr key={`${d.period}-${d.department ?? ""}`}>
                    <th scope="row">{d.period}</th>
                    <td>{pct(d.share)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        }
      />
    </div>
  );
}

function TrendEvidence({
  kpi,
  result,
  names,
  title,
  companionWord,
}: {
  kpi: Kpi;
  result: NonNullable<KpiSignals["counters"]>;
  names: Record<string, string>;
  title: string;
  companionWord: string;
}) {
  const series = [
    { key: kpi.key, name: kpi.name, trend: result.kpi },
    ...result.companions.map((c) => ({ key: c.key, name: names[c.key] ?? c.key, trend: c.trend })),
  ];
  // Each series as a share of its first value in the window (100 = where it started), on one axis.
  const periods = [...new Set(series.flatMap((s) => s.trend.series.map((p) => p.period)))].sort();
  const rows = periods.map((period) => {
    const row: Record<string, number | string> = { period };
    for (const s of series) {
      const first = s.trend.series[0]!.value;
      const point = s.trend.series.find((p) => p.period === period);
      if (point) row[s.key] = first !== 0 ? +((100 * point.value) / first).toFixed(1) : point.value;
    }
    return row;
  });
  const change = (c: number) => `${c >= 0 ? "better by" : "worse by"} ${Math.abs(c * 100).toFixed(1)} %`;
  return (
    <div className="signal" data-testid="signal-trend">
      <h3>{title}</h3>
      <p>
        From {result.kpi.from} to {result.kpi.to}, {kpi.name} got {change(result.kpi.change)} while {companionWord} did
        not: {result.companions.map((c) => `${names[c.key] ?? c.key} ${change(c.trend.change)}`).join("; ")}.
      </p>
      <ChartFrame
        label={`${kpi.name} and ${companionWord}, each as a share of where it started`}
        summary={series.map((s) => `${s.name}: ${change(s.trend.change)}`).join("; ")}
        chart={<TrendLines rows={rows} series={series.map((s) => ({ key: s.key, name: s.name }))} />}
        table={
          <TableScroll label="Table: trends">
            <table>
              <thead>
                <tr>
                  <th scope="col">Measure</th>
                  <th scope="col">From</th>
                  <th scope="col">To</th>
                  <th scope="col">Slope per month</th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                {series.map((s) => (
                  <tr key={s.key}>
                    <th scope="row">{s.name}</th>
                    <td>{s.trend.from}</td>
                    <td>{s.trend.to}</td>
                    <td>{fmt(s.trend.slope)}</td>
                    <td>{change(s.trend.change)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        }
      />
    </div>
  );
}
