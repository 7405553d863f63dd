/**
 * Geometry of the report's charts, kept apart from drawing so it can be tested: scales, the radar's
 * polygon, bar lengths, heat-map colour steps and readable text on them. Pure.
 */
import { FAVOURABLE_HIGH, FAVOURABLE_MID } from "@/lib/diagnostic/rules/favourable-band";

export type Point = { x: number; y: number };

/** A linear map from a domain to a range; values outside the domain are clamped to it. */
export function linearScale([d0, d1]: [number, number], [r0, r1]: [number, number]) {
  return (value: number) => {
    const t = d1 === d0 ? 0 : (Math.min(Math.max(value, Math.min(d0, d1)), Math.max(d0, d1)) - d0) / (d1 - d0);
    return round2(r0 + t * (r1 - r0));
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Where axis `i` of `n` points, starting straight up and going clockwise, at `fraction` of the radius. */
export function radarPoint(i: number, n: number, centre: Point, radius: number, fraction: number): Point {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  return {
    x: round2(centre.x + radius * fraction * Math.cos(angle)),
    y: round2(centre.y + radius * fraction * Math.sin(angle)),
  };
}

/**
 * The radar's polygon as SVG `points` for values on a 0–`max` scale; null when any value is missing
 * (a hidden dimension is never drawn, not even as zero).
 */
export function radarPolygon(
  values: readonly (number | null)[],
  centre: Point,
  radius: number,
  max = 100,
): string | null {
  if (values.length < 3 || values.some((v) => v === null)) return null;
  return values
    .map((v, i) => radarPoint(i, values.length, centre, radius, Math.min(Math.max(v!, 0), max) / max))
    .map((p) => `${p.x},${p.y}`)
    .join(" ");
}

/** The grid rings of a radar: polygons at each step (e.g. 25, 50, 75, 100). */
export function radarRings(n: number, centre: Point, radius: number, steps: readonly number[], max = 100): string[] {
  return steps.map((step) =>
    Array.from({ length: n }, (_, i) => radarPoint(i, n, centre, radius, step / max))
      .map((p) => `${p.x},${p.y}`)
      .join(" "),
  );
}

/** Where a label sits at the end of an axis, and how it is anchored so it reads away from the chart. */
export function radarLabel(i: number, n: number, centre: Point, radius: number, offset: number) {
  const p = radarPoint(i, n, centre, radius + offset, 1);
  const dx = p.x - centre.x;
  const anchor: "start" | "middle" | "end" = Math.abs(dx) < 1 ? "middle" : dx > 0 ? "start" : "end";
  return { ...p, anchor };
}

/** Length of a bar for `value` on a 0–`max` scale drawn `width` long (0 for negatives). */
export function barLength(value: number, max: number, width: number): number {
  if (max <= 0) return 0;
  return round2((Math.min(Math.max(value, 0), max) / max) * width);
}

/** Round numbers for an axis from 0 to at least `max`: 0, step, 2·step… (steps of 1, 2 or 5 × 10ⁿ). */
export function niceTicks(max: number, count = 4): number[] {
  if (max <= 0) return [0];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const ticks: number[] = [];
  for (let t = 0; t < max + step - 1e-9; t += step) ticks.push(round2(t));
  return ticks;
}

/**
 * The heat map's colour for a favourable share: five steps within the dashboard's three bands (low
 * below 40 %, mid to 70 %, high above), so a cell's band reads the same here as on screen.
 */
export const HEAT_STEPS = [
  { from: 0, colour: "#c2410c", band: "low" },
  { from: 25, colour: "#f08c5a", band: "low" },
  { from: FAVOURABLE_MID, colour: "#f6d28b", band: "mid" },
  { from: 55, colour: "#cfe3a0", band: "mid" },
  { from: FAVOURABLE_HIGH, colour: "#4f9d69", band: "high" },
] as const;

export function heatColour(favourable: number): string {
  let colour: string = HEAT_STEPS[0].colour;
  for (const step of HEAT_STEPS) if (favourable >= step.from) colour = step.colour;
  return colour;
}

/** Dark or light text, whichever reads better on `background` (#rrggbb), by its relative luminance. */
export function textOn(background: string): "#14213d" | "#ffffff" {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const luminance = 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
  return luminance > 0.35 ? "#14213d" : "#ffffff";
}

/** A lighter tint of a #rrggbb colour (`amount` 0: the colour, 1: white), for a chart's second series. */
export function tint(colour: string, amount: number): string {
  const channel = (i: number) => {
    const c = parseInt(colour.slice(i, i + 2), 16);
    return Math.round(c + (255 - c) * amount)
      .toString(16)
      .padStart(2, "0");
  };
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}
