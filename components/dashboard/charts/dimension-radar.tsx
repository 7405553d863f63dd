"use client";

import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
} from "recharts";

export type RadarRow = { dimension: string; index: number | null; previous: number | null };

/** This wave in the brand's teal, the previous one in a dashed violet: told apart without colour too. */
export const CURRENT_COLOUR = "#0f6e6e";
export const PREVIOUS_COLOUR = "#7b4fb3";

type TickProps = { x?: number | string; y?: number | string; textAnchor?: string; payload?: { value?: string } };

/**
 * A dimension's name at its corner. The side corners' names are centred under the corner rather than
 * running outwards from it, so "Personal" and "Possible" stay inside a phone's narrow chart.
 */
function DimensionTick({ x, y, textAnchor, payload }: TickProps) {
  const side = textAnchor !== "middle";
  return (
    <text x={Number(x)} y={Number(y)} dy={side ? 16 : -4} textAnchor="middle" fontSize={13} fill="#14213d">
      {payload?.value}
    </text>
  );
}

/** The three dimensions of this wave over the previous one (loaded after the page: Recharts is large). */
export default function DimensionRadar({
  rows,
  waveName,
  previousWave,
}: {
  rows: RadarRow[];
  waveName: string;
  previousWave: string | null;
}) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <RadarChart data={rows} outerRadius="72%" cy="47%">
        <PolarGrid />
        <PolarAngleAxis dataKey="dimension" tick={DimensionTick} />
        {/* The scale runs along the empty slope between "Practical" and "Personal", clear of both names. */}
        <PolarRadiusAxis
          domain={[0, 100]}
          tickCount={5}
          angle={30}
          tick={{ fontSize: 10, fill: "#5b6478" }}
          axisLine={false}
        />
        {previousWave && (
          <Radar
            name={previousWave}
            dataKey="previous"
            stroke={PREVIOUS_COLOUR}
            strokeDasharray="5 4"
            strokeWidth={2}
            fill={PREVIOUS_COLOUR}
            fillOpacity={0.06}
            isAnimationActive={false}
          />
        )}
        <Radar
          name={waveName}
          dataKey="index"
          stroke={CURRENT_COLOUR}
          strokeWidth={2}
          fill={CURRENT_COLOUR}
          fillOpacity={0.3}
          isAnimationActive={false}
        />
        <Legend verticalAlign="bottom" iconType="plainline" wrapperStyle={{ fontSize: 13 }} />
        <Tooltip />
      </RadarChart>
    </ResponsiveContainer>
  );
}
