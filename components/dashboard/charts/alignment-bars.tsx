"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type AlignmentBar = { key: string; name: string; index: number | null; colour: string; href: string | null };

const NO_DATA = "no approved behaviours yet";

/**
 * Alignment per part, coloured by the heat map's thresholds (loaded after the page: Recharts is large).
 * Every bar says its figure at its end — so 0 reads "0" and a part without approved behaviours says so,
 * instead of both drawing nothing — and a bar opens its part's dashboard when clicked (the drill-down
 * links under the chart do the same for the keyboard).
 */
export default function AlignmentBars({ bars }: { bars: AlignmentBar[] }) {
  const router = useRouter();
  const data = bars.map((b) => ({
    name: b.name,
    index: b.index ?? 0,
    label: b.index === null ? NO_DATA : String(b.index),
    href: b.href,
  }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 48 }}>
        <CartesianGrid horizontal={false} />
        <XAxis type="number" domain={[0, 100]} />
        <YAxis type="category" dataKey="name" width={140} tick={{ fontSize: 12 }} />
        <Tooltip formatter={(_value, _name, item) => (item.payload as { label: string }).label} />
        <Bar
          dataKey="index"
          isAnimationActive={false}
          cursor="pointer"
          onClick={(entry) => {
            const href = (entry as { payload?: { href?: string | null } }).payload?.href;
            if (href) router.push(href);
          }}
        >
          {bars.map((b) => (
            <Cell key={b.key} fill={b.colour} />
          ))}
          <LabelList dataKey="label" position="right" style={{ fontSize: 12, fill: "#1f2937" }} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
