/**
 * The report's charts, drawn as vector graphics with react-pdf's Svg primitives; their geometry comes
 * from `rules/chart-geometry.ts`. Hidden figures are never drawn: a hidden group is a grey row that says why.
 */
import { Circle, G, Line, Polygon, Rect, Svg, Text, View } from "@react-pdf/renderer";
import { DIMENSION_NAMES } from "@/lib/diagnostic/dimension-names";
import { DIMENSIONS, type Dimension } from "@/lib/diagnostic/instrument-schema";
import {
  barLength,
  heatColour,
  HEAT_STEPS,
  linearScale,
  niceTicks,
  radarLabel,
  radarPolygon,
  radarRings,
  textOn,
  tint,
} from "../rules/chart-geometry";
import { HIDDEN_FILL, INK, MUTED, PREVIOUS, RULE } from "./theme";

const LABEL = 150;
const PLOT = 300;
const svgText = { fontSize: 7.5, fontFamily: "DejaVu Sans" } as const;

export function Swatch({ colour, label, dashed }: { colour: string; label: string; dashed?: boolean }) {
  return (
    <View style={{ flexDirection: "row", alignItems: "center", marginRight: 12 }}>
      <Svg width={14} height={8}>
        {dashed ? (
          <Line x1={0} y1={4} x2={14} y2={4} stroke={colour} strokeWidth={1.5} strokeDasharray="3,2" />
        ) : (
          <Rect x={0} y={0} width={14} height={8} fill={colour} />
        )}
      </Svg>
      <Text style={{ fontSize: 8, lineHeight: 1.2, marginLeft: 4 }}>{label}</Text>
    </View>
  );
}

export function Legend({ items }: { items: { colour: string; label: string; dashed?: boolean }[] }) {
  return (
    <View style={{ flexDirection: "row", flexWrap: "wrap", marginBottom: 4 }}>
      {items.map((item) => (
        <Swatch key={item.label} {...item} />
      ))}
    </View>
  );
}

/** A 0–100 axis under a plot: ticks and their numbers. */
function Axis({ width, max = 100, y }: { width: number; max?: number; y: number }) {
  const x = linearScale([0, max], [0, width]);
  return (
    <G>
      {niceTicks(max).map((t) => (
        <G key={t}>
          <Line x1={x(t)} y1={0} x2={x(t)} y2={y} stroke={RULE} strokeWidth={0.5} />
          <Text x={x(t)} y={y + 8} textAnchor={t === 0 ? "start" : "middle"} style={svgText} fill={MUTED}>
            {String(t)}
          </Text>
        </G>
      ))}
    </G>
  );
}

/** The 3P radar: this wave against the previous one, on the 0–100 index. */
export function Radar({
  current,
  previous,
  accent,
}: {
  current: Record<Dimension, number | null>;
  previous: Record<Dimension, number | null> | null;
  accent: string;
}) {
  const centre = { x: 150, y: 105 };
  const radius = 78;
  const n = DIMENSIONS.length;
  const now = radarPolygon(
    DIMENSIONS.map((d) => current[d]),
    centre,
    radius,
  );
  const before = previous
    ? radarPolygon(
        DIMENSIONS.map((d) => previous[d]),
        centre,
        radius,
      )
    : null;
  return (
    <Svg width={300} height={215}>
      {radarRings(n, centre, radius, [25, 50, 75, 100]).map((points, i) => (
        <Polygon key={i} points={points} fill="none" stroke={RULE} strokeWidth={0.6} />
      ))}
      {DIMENSIONS.map((d, i) => {
        const end = radarLabel(i, n, centre, radius, 0);
        const label = radarLabel(i, n, centre, radius, 10);
        return (
          <G key={d}>
            <Line x1={centre.x} y1={centre.y} x2={end.x} y2={end.y} stroke={RULE} strokeWidth={0.6} />
            <Text
              x={label.x}
              y={label.y + (i === 0 ? -2 : 8)}
              textAnchor={label.anchor}
              style={{ ...svgText, fontSize: 8.5 }}
              fill={INK}
            >
              {`${DIMENSION_NAMES[d]} ${current[d] ?? "hidden"}`}
            </Text>
          </G>
        );
      })}
      {before && <Polygon points={before} fill="none" stroke={PREVIOUS} strokeWidth={1.2} strokeDasharray="4,3" />}
      {now && <Polygon points={now} fill={accent} fillOpacity={0.22} stroke={accent} strokeWidth={1.8} />}
    </Svg>
  );
}

/** `depth`: a sub-department's label stands indented under its parent's, a step a level. */
type Row = { label: string; sub?: string; depth?: number };
const INDENT = 10;

function RowLabel({ label, sub, depth = 0, width = LABEL }: Row & { width?: number }) {
  return (
    <View style={{ width, paddingRight: 6, paddingLeft: Math.min(depth, 4) * INDENT }}>
      <Text style={{ fontSize: 8.5, lineHeight: 1.25 }}>{label}</Text>
      {sub ? <Text style={{ fontSize: 7, lineHeight: 1.25, color: MUTED }}>{sub}</Text> : null}
    </View>
  );
}

function HiddenRow({ label, reason, depth }: { label: string; reason: string; depth?: number }) {
  return (
    <View style={{ flexDirection: "row", marginBottom: 4 }} wrap={false}>
      <RowLabel label={label} depth={depth} />
      <View style={{ width: PLOT + 40, backgroundColor: HIDDEN_FILL, padding: 3 }}>
        <Text style={{ fontSize: 7.5, lineHeight: 1.3, color: MUTED }}>{reason}</Text>
      </View>
    </View>
  );
}

/** Horizontal bars on a 0–`max` scale: one or several series per row, each with its value at the end. */
export function BarChart({
  rows,
  series,
  max = 100,
  unit = "",
}: {
  rows: (Row & ({ hidden: string } | { values: (number | null)[] }))[];
  series: { label: string; colour: string }[];
  max?: number;
  unit?: string;
}) {
  const bar = 7;
  const gap = 2;
  const height = series.length * (bar + gap) + 4;
  return (
    <View style={{ marginVertical: 4 }}>
      {series.length > 1 && <Legend items={series.map((s) => ({ colour: s.colour, label: s.label }))} />}
      {rows.map((row) =>
        "hidden" in row ? (
          <HiddenRow key={row.label} label={row.label} reason={row.hidden} depth={row.depth} />
        ) : (
          <View key={row.label} style={{ flexDirection: "row", alignItems: "center", marginBottom: 3 }} wrap={false}>
            <RowLabel {...row} />
            <Svg width={PLOT + 40} height={height}>
              <Line x1={0} y1={0} x2={0} y2={height} stroke={INK} strokeWidth={0.6} />
              {row.values.map((value, i) => {
                const y = 2 + i * (bar + gap);
                if (value === null)
                  return (
                    <Text key={i} x={3} y={y + bar - 1} style={svgText} fill={MUTED}>
                      hidden
                    </Text>
                  );
                const length = barLength(value, max, PLOT);
                return (
                  <G key={i}>
                    <Rect x={0} y={y} width={length} height={bar} fill={series[i]!.colour} />
                    <Text x={length + 3} y={y + bar - 1} style={svgText} fill={INK}>
                      {`${value}${unit}`}
                    </Text>
                  </G>
                );
              })}
            </Svg>
          </View>
        ),
      )}
      <View style={{ flexDirection: "row" }}>
        <View style={{ width: LABEL }} />
        <Svg width={PLOT + 40} height={14}>
          <Axis width={PLOT} max={max} y={3} />
        </Svg>
      </View>
    </View>
  );
}

/** Leaders and frontline per dimension: two dots on the 0–100 index joined by the gap. */
export function GapChart({
  rows,
  accent,
}: {
  rows: (
    { dimension: Dimension; hidden: string } | { dimension: Dimension; leader: number; frontline: number; gap: number }
  )[];
  accent: string;
}) {
  const x = linearScale([0, 100], [6, PLOT + 6]);
  const frontline = "#d9822b";
  return (
    <View style={{ marginVertical: 4 }}>
      <Legend
        items={[
          { colour: accent, label: "Leaders" },
          { colour: frontline, label: "Frontline" },
        ]}
      />
      {rows.map((row) =>
        "hidden" in row ? (
          <HiddenRow key={row.dimension} label={DIMENSION_NAMES[row.dimension]} reason={row.hidden} />
        ) : (
          <View
            key={row.dimension}
            style={{ flexDirection: "row", alignItems: "center", marginBottom: 2 }}
            wrap={false}
          >
            <RowLabel label={DIMENSION_NAMES[row.dimension]} sub={`gap ${row.gap > 0 ? "+" : ""}${row.gap} points`} />
            <Svg width={PLOT + 40} height={34}>
              <Line x1={x(0)} y1={17} x2={x(100)} y2={17} stroke={RULE} strokeWidth={0.6} />
              <Line x1={x(row.leader)} y1={17} x2={x(row.frontline)} y2={17} stroke={INK} strokeWidth={2} />
              <Circle cx={x(row.leader)} cy={17} r={4.5} fill={accent} />
              <Circle cx={x(row.frontline)} cy={17} r={4.5} fill={frontline} />
              <Text x={x(row.leader)} y={9} textAnchor="middle" style={svgText} fill={INK}>
                {String(row.leader)}
              </Text>
              <Text x={x(row.frontline)} y={32} textAnchor="middle" style={svgText} fill={INK}>
                {String(row.frontline)}
              </Text>
            </Svg>
          </View>
        ),
      )}
      <View style={{ flexDirection: "row" }}>
        <View style={{ width: LABEL + 6 }} />
        <Svg width={PLOT + 40} height={14}>
          <Axis width={PLOT} y={3} />
        </Svg>
      </View>
    </View>
  );
}

/** Invitations answered per department, against the invitations sent, with k marked on the scale. */
export function ParticipationChart({
  rows,
  k,
  accent,
}: {
  rows: { label: string; invited: number; answered: number | null; rate: number | null; hidden: string | null }[];
  k: number | null;
  accent: string;
}) {
  const max = Math.max(...rows.map((r) => r.invited), k ?? 0, 1);
  const ticks = niceTicks(max);
  const top = ticks[ticks.length - 1]!;
  const invitedColour = tint(accent, 0.75);
  return (
    <View style={{ marginVertical: 4 }}>
      <Legend
        items={[
          { colour: invitedColour, label: "Invited" },
          { colour: accent, label: "Answered" },
          ...(k ? [{ colour: "#c2410c", label: `k = ${k}, the smallest group shown`, dashed: true }] : []),
        ]}
      />
      {rows.map((row) => (
        <View key={row.label} style={{ flexDirection: "row", alignItems: "center", marginBottom: 3 }} wrap={false}>
          <RowLabel
            label={row.label}
            sub={
              row.answered === null
                ? `${row.invited} invited · answers not shown`
                : `${row.answered} of ${row.invited}${row.rate === null ? "" : ` (${row.rate} %)`}`
            }
          />
          <Svg width={PLOT + 40} height={14}>
            <Rect x={0} y={2} width={barLength(row.invited, top, PLOT)} height={10} fill={invitedColour} />
            {row.answered !== null && (
              <Rect x={0} y={2} width={barLength(row.answered, top, PLOT)} height={10} fill={accent} />
            )}
            {k ? (
              <Line
                x1={barLength(k, top, PLOT)}
                y1={0}
                x2={barLength(k, top, PLOT)}
                y2={14}
                stroke="#c2410c"
                strokeWidth={1}
                strokeDasharray="2,1.5"
              />
            ) : null}
          </Svg>
        </View>
      ))}
      <View style={{ flexDirection: "row" }}>
        <View style={{ width: LABEL }} />
        <Svg width={PLOT + 40} height={14}>
          <Axis width={PLOT} max={top} y={3} />
        </Svg>
      </View>
    </View>
  );
}

export type HeatColumn = { key: string; label: string; hidden: boolean };
export type HeatRow = { key: string; label: string; cells: (number | null)[] };

/** Statements × groups: each cell the favourable share, coloured in steps; hidden cells grey with a dash. */
/** The heat map's header: tall enough for a slanted name of HEAT_LABEL_CHARS characters. */
const HEAT_HEADER = 78;
const HEAT_LABEL_CHARS = 26;
const HEAT_OVERHANG = 48;

/** A column's name as its slanted header shows it: shortened with an ellipsis when longer than the slant. */
export function slantedLabel(name: string, hidden: boolean): string {
  const short = name.length > HEAT_LABEL_CHARS ? `${name.slice(0, HEAT_LABEL_CHARS - 1).trimEnd()}…` : name;
  return hidden ? `${short} (hidden)` : short;
}

export function HeatMap({ columns, rows }: { columns: HeatColumn[]; rows: HeatRow[] }) {
  const label = 190;
  // The last names slant out past the last column: room for them on the right.
  const width = 499 - label - HEAT_OVERHANG;
  const cell = width / Math.max(columns.length, 1);
  return (
    <View>
      <Legend
        items={[
          ...HEAT_STEPS.map((s, i) => ({
            colour: s.colour,
            label:
              i === 0 ? `under ${HEAT_STEPS[1].from} %` : `${s.from} %${i === HEAT_STEPS.length - 1 ? " or more" : ""}`,
          })),
          { colour: HIDDEN_FILL, label: "hidden" },
        ]}
      />
      {/* Column names slant upwards from their column: a department's name never fits a cell's width. `fixed`:
          a long instrument's map runs over pages, and each page repeats the names its columns belong to. */}
      <View
        style={{ flexDirection: "row", alignItems: "flex-end", borderBottomWidth: 0.6, borderBottomColor: INK }}
        wrap={false}
        fixed
      >
        <Text style={{ width: label, fontSize: 7.5, fontWeight: "bold", paddingBottom: 2 }}>Statement</Text>
        <Svg width={width + HEAT_OVERHANG} height={HEAT_HEADER}>
          {columns.map((c, i) => (
            <G key={c.key} transform={`translate(${i * cell + cell / 2 + 2}, ${HEAT_HEADER - 3}) rotate(-55)`}>
              <Text x={0} y={0} style={{ ...svgText, fontSize: 6.5, fontWeight: "bold" }} fill={c.hidden ? MUTED : INK}>
                {slantedLabel(c.label, c.hidden)}
              </Text>
            </G>
          ))}
        </Svg>
      </View>
      {rows.map((row) => (
        <View key={row.key} style={{ flexDirection: "row", alignItems: "center", minHeight: 18 }} wrap={false}>
          <Text style={{ width: label, fontSize: 6.8, paddingRight: 4, lineHeight: 1.25 }}>{row.label}</Text>
          <Svg width={width} height={16}>
            {row.cells.map((value, i) => {
              const fill = value === null ? HIDDEN_FILL : heatColour(value);
              return (
                <G key={i}>
                  <Rect x={i * cell + 0.5} y={0.5} width={cell - 1} height={15} fill={fill} />
                  <Text
                    x={i * cell + cell / 2}
                    y={10.5}
                    textAnchor="middle"
                    style={{ ...svgText, fontSize: 7 }}
                    fill={value === null ? MUTED : textOn(fill)}
                  >
                    {value === null ? "–" : `${Math.round(value)}`}
                  </Text>
                </G>
              );
            })}
          </Svg>
        </View>
      ))}
    </View>
  );
}
