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

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => parseResponsesCsv(text, DEFAULT_INSTRUMENT)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
