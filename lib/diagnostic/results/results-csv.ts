/**
 * Results as CSV: the same view as the page, so the same groups and figures; a hidden segment or figure
 * is written as "hidden" (with why, in its own column) — never as a number, never with a count. Groups
 * and statements are named as people read them, with the breakdown in a column of its own.
 * Cells that a spreadsheet would run as a formula are neutralised. Pure.
 */
import { formulaSafeCsv } from "@/lib/csv/safe-csv";
import { DIMENSION_NAMES } from "../dimension-names";
import { DIMENSIONS } from "../instrument-schema";
import type { Results, SegmentResult } from "../score-results";
import { segmentName } from "./segment-name";

/** `names`: departments' and the breakdown's names by key (lib/diagnostic/results/segment-names.ts). */
export function resultsToCsv(
  results: Results,
  items: { key: string; text: string }[],
  names: { departments: ReadonlyMap<string, string>; segments: ReadonlyMap<string, string> } = {
    departments: new Map(),
    segments: new Map(),
  },
): string {
  const segments: SegmentResult[] = [results.total, ...(results.breakdown?.segments ?? [])];
  const header = [
    "group",
    "breakdown",
    "respondents",
    "status",
    "why hidden",
    "3P index",
    ...DIMENSIONS.map((d) => `${DIMENSION_NAMES[d]} index`),
    ...items.map((i) => `${i.text} (favourable %)`),
  ];
  const rows = segments.map((segment, index) => {
    // The first row is the member's whole: everyone, or a head's department.
    const name = segmentName(index === 0 ? names.departments : names.segments, segment.key);
    const breakdown = index === 0 ? "whole" : (results.breakdown?.by ?? "");
    if (!segment.shown)
      return [
        name,
        breakdown,
        "",
        "hidden",
        segment.reason.replace(/^Hidden: /, ""),
        ...Array(1 + DIMENSIONS.length + items.length).fill("hidden"),
      ];
    return [
      name,
      breakdown,
      String(segment.respondents),
      "shown",
      "",
      segment.index3P === null ? "hidden" : String(segment.index3P),
      ...DIMENSIONS.map((d) => {
        const figure = segment.dimensions[d];
        return figure.shown ? String(figure.index) : "hidden";
      }),
      ...items.map((item) => {
        const figure = segment.items.find((i) => i.key === item.key);
        return figure?.shown ? String(figure.favourable) : "hidden";
      }),
    ];
  });
  return formulaSafeCsv(header, rows);
}
