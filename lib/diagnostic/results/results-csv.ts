/**
 * Results as CSV: the same view as the page, so the same groups and figures; a hidden segment or figure
 * is written as "hidden" (with why, in its own column) — never as a number, never with a count.
 * Cells that a spreadsheet would run as a formula are neutralised. Pure.
 */
import { formulaSafeCsv } from "@/lib/csv/safe-csv";
import { DIMENSIONS } from "../instrument-schema";
import type { Results, SegmentResult } from "../score-results";

export function resultsToCsv(results: Results, items: { key: string; text: string }[]): string {
  const segments: SegmentResult[] = [results.total, ...(results.breakdown?.segments ?? [])];
  const header = [
    "segment",
    "respondents",
    "status",
    "why hidden",
    "3P index",
    ...DIMENSIONS.map((d) => `${d} index`),
    ...items.map((i) => `${i.key} favourable %`),
  ];
  const rows = segments.map((segment, index) => {
    const name =
      index === 0
        ? segment.key === "all"
          ? "everyone"
          : segment.key
        : `${results.breakdown?.by ?? ""}:${segment.key}`;
    if (!segment.shown)
      return [name, "", "hidden", segment.reason, ...Array(1 + DIMENSIONS.length + items.length).fill("hidden")];
    return [
      name,
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
