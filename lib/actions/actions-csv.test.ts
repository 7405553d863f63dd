import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { actionItemsToCsv } from "./actions-csv";

describe("action items as CSV", () => {
  it("writes one row per item, quoting commas, with overdue as yes/no", () => {
    const csv = actionItemsToCsv([
      {
        key: "aht",
        title: "Take AHT out of the bonus, replace it with FCR",
        owner: "exec@example.test",
        due: "2027-01-31",
        status: "in_progress",
        finding: "F1:kpi:aht|behaviour:resolve",
        scenario: null,
        overdue: false,
        mayUpdate: true,
      },
      {
        key: "late",
        title: "Late",
        owner: null,
        due: null,
        status: "open",
        finding: null,
        scenario: null,
        overdue: true,
        mayUpdate: false,
      },
    ]);
    const rows = Papa.parse<string[]>(csv.trim()).data;
    expect(rows[0]).toEqual(["key", "title", "owner", "due", "status", "overdue", "finding"]);
    expect(rows[1]).toEqual([
      "aht",
      "Take AHT out of the bonus, replace it with FCR",
      "exec@example.test",
      "2027-01-31",
      "in_progress",
      "no",
      "F1:kpi:aht|behaviour:resolve",
    ]);
    expect(rows[2]).toEqual(["late", "Late", "", "", "open", "yes", ""]);
  });
});
