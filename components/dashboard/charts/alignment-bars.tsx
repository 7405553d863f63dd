"use client";

import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type AlignmentBar = { key: string; name: string; index: number | null; colour: string };

/** Alignment per part, coloured by the heat map's thresholds (loaded after the page: Recharts is large). */
export default function AlignmentBars({ bars }: { bars: AlignmentBar[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={bars.map((b) => ({ name: b.name, index: b.index ?? 0, rated: b.index !== null }))}
        layout="vertical"
        margin={{ left: 8, right: 16 }}
      >
        <CartesianGrid horizontal={false} />
        <XAxis type="number" domain={[0, 100]} />
        <YAxis type="category" dataKey="name" width={140} tick={{ fontSize: 12 }} />
        <Tooltip
          formatter={(value, _name, item) =>
            (item.payload as { rated: boolean }).rated ? value : "no approved behaviours"
          }
        />
        <Bar dataKey="index" isAnimationActive={false}>
          {bars.map((b) => (
            <Cell key={b.key} fill={b.colour} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
