import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { anonymityOptions } from "@/lib/diagnostic/rules/anonymity";
import { DEFAULT_INSTRUMENT } from "../default-instrument";
import { scoreResults } from "../score-results";
import type { DiagnosticResponse } from "@/lib/diagnostic/rules/scoring";
import { resultsToCsv } from "./results-csv";

// 4 on every statement once reversed ones are recoded: every index is 75.
const answers = Object.fromEntries(DEFAULT_INSTRUMENT.items.map((i) => [i.key, i.reversed ? 2 : 4]));
const group = (department: string, n: number): DiagnosticResponse[] =>
  Array.from({ length: n }, () => ({ department, level: "frontline", answers }));

describe("resultsToCsv", () => {
  it("writes shown figures, and only 'hidden' with the reason for hidden segments — never their numbers", () => {
    const results = scoreResults(
      DEFAULT_INSTRUMENT,
      [...group("claims", 7), ...group("billing", 6), ...group("it", 2)],
      anonymityOptions(),
      "department",
    );
    const departments = new Map([
      ["claims", "Claims"],
      ["billing", "Billing and accounts"],
      ["it", "IT"],
    ]);
    const csv = resultsToCsv(results, DEFAULT_INSTRUMENT.items, { departments, segments: departments });
    const rows = Papa.parse<string[]>(csv.trim()).data;
    expect(rows[0]!.slice(0, 9)).toEqual([
      "group",
      "breakdown",
      "respondents",
      "status",
      "why hidden",
      "3P index",
      "Practical index",
      "Personal index",
      "Possible index",
    ]);
    // Statements are headed by their words, not their keys.
    expect(rows[0]![9]).toBe(`${DEFAULT_INSTRUMENT.items[0]!.text} (favourable %)`);
    const byName = Object.fromEntries(rows.slice(1).map((row) => [row[0], row]));
    expect(byName["Everyone"]!.slice(1, 6)).toEqual(["whole", "15", "shown", "", "75"]);
    // "hidden" once, in the status; the reason in plain words beside it.
    expect(byName["IT"]!.slice(1, 5)).toEqual([
      "department",
      "",
      "hidden",
      "fewer than 5 respondents, so answers could identify people.",
    ]);
    expect(byName["Billing and accounts"]![4]).toContain("subtraction");
    for (const name of ["IT", "Billing and accounts"])
      expect(byName[name]!.slice(5).every((cell: string) => cell === "hidden")).toBe(true);
    expect(rows.slice(1).every((row) => row.length === rows[0]!.length)).toBe(true);
  });
});
