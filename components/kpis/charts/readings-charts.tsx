"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

/** A KPI's value per month with its target (loaded after the page: Recharts is large). */
export function ReadingsLine({
  points,
  unit,
}: {
  points: { period: string; value: number; target?: number }[];
  unit: string;
}) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="period" tick={{ fontSize: 12 }} />
        <YAxis tick={{ fontSize: 12 }} width={56} domain={["auto", "auto"]} unit={unit ? ` ${unit}` : undefined} />
        <Tooltip />
        <Legend />
        <Line
          type="monotone"
          dataKey="value"
          name="Reading"
          stroke="#0f6e6e"
          strokeWidth={2}
          dot
          isAnimationActive={false}
        />
        <Line
          type="stepAfter"
          dataKey="target"
          name="Target"
          stroke="#b42318"
          strokeDasharray="6 4"
          dot={false}
          connectNulls
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}

/** How many readings fall at each distance from their target (percent of the target). */
export function DistanceHistogram({ bins }: { bins: { label: string; count: number; good: boolean }[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={bins} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} angle={-30} textAnchor="end" height={48} />
        <YAxis allowDecimals={false} width={32} tick={{ fontSize: 12 }} />
        <ReferenceLine x="0" stroke="#b42318" />
        <Bar dataKey="count" name="Readings" fill="#0f6e6e" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Several series on one scale: each as a share of its first value (100 = where it started). */
export function TrendLines({
  rows,
  series,
}: {
  rows: Record<string, number | string>[];
  series: { key: string; name: string }[];
}) {
  const colours = ["#0f6e6e", "#b42318", "#6a4fb3", "#c07a00", "#3f6fb5"];
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="period" tick={{ fontSize: 12 }} />
        <YAxis width={44} tick={{ fontSize: 12 }} domain={["auto", "auto"]} />
        <Tooltip />
        <Legend />
        {series.map((s, i) => (
          <Line
            key={s.key}
            type="monotone"
            dataKey={s.key}
            name={s.name}
            stroke={colours[i % colours.length]}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
