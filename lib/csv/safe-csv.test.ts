import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { formulaSafeCsv } from "./safe-csv";

describe("formulaSafeCsv", () => {
  it("neutralises every cell a spreadsheet would run as a formula, keeping its text", () => {
    const cells = [
      '=HYPERLINK("http://evil.example","x")',
      "+1",
      "-cmd",
      "@SUM(A1)",
      "\tTab",
      "\rReturn",
      "=A1\nsecond line",
    ];
    const csv = formulaSafeCsv(
      ["value"],
      cells.map((cell) => [cell]),
    );
    const parsed = Papa.parse<string[]>(csv.trim())
      .data.slice(1)
      .map((row) => row[0]);
    expect(parsed).toEqual(cells.map((cell) => `'${cell}`));
  });

  it("leaves ordinary text and numbers alone", () => {
    expect(formulaSafeCsv(["a", "b", "c"], [["plain, with comma", -3, 4.5]])).toBe(
      'a,b,c\r\n"plain, with comma",-3,4.5\n',
    );
  });
});
