import { describe, expect, it } from "vitest";
import { weekOf } from "./report-week";

describe("the week a report is kept under", () => {
  it("is the Monday of its week, at midnight UTC, whatever the time of day", () => {
    expect(weekOf(new Date("2026-12-03T07:13:28.123Z")).toISOString()).toBe("2026-11-30T00:00:00.000Z");
    expect(weekOf(new Date("2026-11-30T00:00:00.000Z")).toISOString()).toBe("2026-11-30T00:00:00.000Z");
    expect(weekOf(new Date("2026-12-06T23:59:59.999Z")).toISOString()).toBe("2026-11-30T00:00:00.000Z");
    expect(weekOf(new Date("2026-12-07T00:00:00.000Z")).toISOString()).toBe("2026-12-07T00:00:00.000Z");
  });

  it("gives every moment of a week the same value (across a month and a year end)", () => {
    const start = Date.parse("2026-12-28T00:00:00Z");
    const weeks = new Set<string>();
    for (let ms = start; ms < start + 7 * 86_400_000; ms += 3_599_999) weeks.add(weekOf(new Date(ms)).toISOString());
    expect([...weeks]).toEqual(["2026-12-28T00:00:00.000Z"]);
  });
});
