import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_INSTRUMENT } from "@/lib/diagnostic/default-instrument";
import { parseResponsesCsv } from "./parse-responses-csv";

describe("parseResponsesCsv", () => {
  it("reads answers, don't-know and blanks, with levels in any case", () => {
    const result = parseResponsesCsv(
      "department,role,level,pr-defined-1,pr-defined-2\nclaims,handler,Frontline,4,DK\nclaims,,leader,,5\n",
      DEFAULT_INSTRUMENT,
    );
    expect(result).toEqual({
      ok: true,
      responses: [
        {
          department: "claims",
          role: "handler",
          level: "frontline",
          answers: { "pr-defined-1": 4, "pr-defined-2": null },
        },
        { department: "claims", level: "leader", answers: { "pr-defined-2": 5 } },
      ],
    });
  });

  it("lists every bad value by line and column, and unknown statements in the header", () => {
    expect(
      parseResponsesCsv(
        "department,role,level,pr-defined-1\nclaims,handler,boss,7\nclaims,handler,leader,2.5\n",
        DEFAULT_INSTRUMENT,
      ),
    ).toEqual({
      ok: false,
      errors: [
        { line: 2, column: "level", message: '"boss" is not one of leader, manager, frontline' },
        { line: 2, column: "pr-defined-1", message: '"7" is not an answer from 1 to 5, empty or DK' },
        { line: 3, column: "pr-defined-1", message: '"2.5" is not an answer from 1 to 5, empty or DK' },
      ],
    });
    expect(parseResponsesCsv("department,role,level,nps\n", DEFAULT_INSTRUMENT)).toEqual({
      ok: false,
      errors: [{ line: 1, column: "nps", message: 'no statement with key "nps" in the instrument' }],
    });
    expect(parseResponsesCsv("role,department,level\n", DEFAULT_INSTRUMENT).ok).toBe(false);
  });

  it("names the physical line after a blank line and a quoted line break", () => {
    const text = 'department,role,level,pr-defined-1\n\nclaims,"hand\nler",leader,3\n\nclaims,handler,frontline,9\n';
    expect(parseResponsesCsv(text, DEFAULT_INSTRUMENT)).toEqual({
      ok: false,
      errors: [{ line: 6, column: "pr-defined-1", message: '"9" is not an answer from 1 to 5, empty or DK' }],
    });
  });

  it("lists header and row problems together; when the header leaves rows unreadable, says so once", () => {
    expect(
      parseResponsesCsv("department,role,level,nps,pr-defined-1\nclaims,handler,boss,3,7\n", DEFAULT_INSTRUMENT),
    ).toEqual({
      ok: false,
      errors: [
        { line: 1, column: "nps", message: 'no statement with key "nps" in the instrument' },
        { line: 2, column: "level", message: '"boss" is not one of leader, manager, frontline' },
        { line: 2, column: "pr-defined-1", message: '"7" is not an answer from 1 to 5, empty or DK' },
      ],
    });
    expect(parseResponsesCsv("\nrole,department,level\nh,c,leader\nh,c,leader\n", DEFAULT_INSTRUMENT)).toEqual({
      ok: false,
      errors: [
        { line: 2, column: "department", message: 'column 1 must be "department" (found "role")' },
        { line: 2, column: "role", message: 'column 2 must be "role" (found "department")' },
        { line: 2, column: "", message: "the 2 rows were not checked: fix the header first" },
      ],
    });
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => parseResponsesCsv(text, DEFAULT_INSTRUMENT)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
