"use client";

import { useRouter } from "next/navigation";
import type { KeyboardEvent } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from "recharts";

export type AlignmentBar = { key: string; name: string; index: number | null; colour: string; href: string | null };

const NO_DATA = "no approved behaviours yet";

type Row = { name: string; index: number; label: string; href: string | null };

/**
 * Alignment per part, coloured by the heat map's thresholds (loaded after the page: Recharts is large).
 * Every bar says its figure at its end — so 0 reads "0" and a part without approved behaviours says so,
 * instead of both drawing nothing. A bar with a dashboard of its own is a link: its whole row opens it on
 * a click, and Tab reaches it and Enter opens it from the keyboard.
 */
export default function AlignmentBars({ bars }: { bars: AlignmentBar[] }) {
  const router = useRouter();
  // On a phone the names take less of the width, so the bars keep enough of it to be read.
  const narrow = typeof window !== "undefined" && window.matchMedia("(max-width: 480px)").matches;
  const data: Row[] = bars.map((b) => ({
    name: b.name,
    index: b.index ?? 0,
    label: b.index === null ? NO_DATA : String(b.index),
    href: b.href,
  }));

  function BarRow(props: BarShapeProps) {
    const row = props.payload as Row;
    const band = props.background;
    const bar = (
      <rect x={props.x} y={props.y} width={Math.max(props.width, 0)} height={props.height} fill={props.fill} />
    );
    if (!row.href || !band || band.x === null || band.y === null) return bar;
    const open = () => router.push(row.href!);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Enter") open();
    };
    return (
      <g
        className="chart-link"
        role="link"
        tabIndex={0}
        aria-label={`${row.name}: ${row.label}. Open its dashboard`}
        onClick={open}
        onKeyDown={onKeyDown}
        style={{ cursor: "pointer" }}
      >
        {/* The whole row is the target, so a bar of 0 can be clicked and shows its focus ring. */}
        <rect className="chart-link-target" x={band.x} y={band.y} width={band.width} height={band.height} />
        {bar}
      </g>
    );
  }

  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={data}
        layout="vertical"
        margin={{ left: narrow ? 0 : 8, right: narrow ? 36 : 48 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} />
        <XAxis type="number" domain={[0, 100]} />
        <YAxis type="category" dataKey="name" width={narrow ? 92 : 140} tick={{ fontSize: narrow ? 11 : 12 }} />
        <Tooltip formatter={(_value, _name, item) => (item.payload as Row).label} />
        <Bar dataKey="index" isAnimationActive={false} background={{ fill: "transparent" }} shape={BarRow}>
          {bars.map((b) => (
            <Cell key={b.key} fill={b.colour} />
          ))}
          <LabelList dataKey="label" position="right" style={{ fontSize: 12, fill: "#1f2937" }} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
