"use client";

import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip } from "recharts";

export type RadarRow = { dimension: string; index: number | null; previous: number | null };

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
      <RadarChart data={rows} outerRadius="78%">
        <PolarGrid />
        <PolarAngleAxis dataKey="dimension" tick={{ fontSize: 13, fill: "#14213d" }} />
        <PolarRadiusAxis
          domain={[0, 100]}
          tickCount={5}
          angle={90}
          tick={{ fontSize: 10, fill: "#6b7489" }}
          axisLine={false}
        />
        {previousWave && (
          <Radar
            name={previousWave}
            dataKey="previous"
            stroke="#8a94a8"
            fill="#8a94a8"
            fillOpacity={0.12}
            isAnimationActive={false}
          />
        )}
        <Radar
          name={waveName}
          dataKey="index"
          stroke="#0f6e6e"
          fill="#0f6e6e"
          fillOpacity={0.35}
          isAnimationActive={false}
        />
        <Tooltip />
      </RadarChart>
    </ResponsiveContainer>
  );
}
