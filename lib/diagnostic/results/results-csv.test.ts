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
    const csv = resultsToCsv(results, DEFAULT_INSTRUMENT.items);
    const rows = Papa.parse<string[]>(csv.trim()).data;
    expect(rows[0]!.slice(0, 5)).toEqual(["segment", "respondents", "status", "why hidden", "3P index"]);
    const byName = Object.fromEntries(rows.slice(1).map((row) => [row[0], row]));
    expect(byName["everyone"]!.slice(1, 5)).toEqual(["15", "shown", "", "75"]);
    expect(byName["department:it"]!.slice(1, 4)).toEqual([
      "",
      "hidden",
      expect.stringContaining("Hidden: fewer than 5"),
    ]);
    expect(byName["department:billing"]![3]).toContain("subtraction");
    for (const name of ["department:it", "department:billing"])
      expect(byName[name]!.slice(4).every((cell: string) => cell === "hidden")).toBe(true);
    expect(rows.slice(1).every((row) => row.length === rows[0]!.length)).toBe(true);
  });
});
