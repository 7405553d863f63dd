import { describe, expect, it } from "vitest";
import type { SegmentResult } from "@/lib/diagnostic/disclosure/results-view";
import { departmentsInFocus } from "./departments-in-focus";

const shown = (key: string, index3P: number | null, depth = 0): { name: string; segment: SegmentResult } => ({
  name: key,
  segment: {
    key,
    depth,
    shown: true,
    respondents: 20,
    index3P,
    dimensions: {
      practical: { shown: false, reason: "x" },
      personal: { shown: false, reason: "x" },
      possible: { shown: false, reason: "x" },
    },
    items: [],
    comments: { shown: false, reason: "x" },
  },
});
const hidden = (key: string, depth = 0) => ({
  name: key,
  segment: { key, depth, shown: false as const, reason: "Hidden: too few" },
});
const keys = (list: { name: string }[]) => list.map((d) => d.name);

describe("departmentsInFocus", () => {
  it("keeps every department, in the order given, when they fit", () => {
    const all = [shown("b", 70), hidden("a"), shown("c", 40, 1)];
    expect(departmentsInFocus(all, 3)).toEqual({ departments: all, note: null, inTree: true });
  });

  it("draws the top-level departments, whose figures hold their sub-departments', when there are too many", () => {
    const all = [shown("sales", 60), shown("sales-north", 30, 1), shown("claims", 50), shown("claims-east", 20, 1)];
    const focus = departmentsInFocus(all, 3);
    expect(keys(focus.departments)).toEqual(["sales", "claims"]);
    expect(focus.inTree).toBe(true);
    expect(focus.note).toBe(
      "The 2 top-level departments, each with its sub-departments (4 departments in all); every department's figures are on the wave's results page and in its CSV export.",
    );
  });

  it("draws the lowest 3P indices first when even the top level does not fit; hidden ones and ties come last or in order", () => {
    const all = [shown("a", 70), hidden("b"), shown("c", 20), shown("d", 45), shown("e", 20), shown("f", null)];
    const focus = departmentsInFocus(all, 3);
    expect(keys(focus.departments)).toEqual(["c", "e", "d"]);
    expect(focus.note).toBe(
      "The 3 top-level departments with the lowest 3P index, of 6; every department's figures are on the wave's results page and in its CSV export.",
    );
  });

  it("picks among all departments when there is a single top-level one", () => {
    const all = [shown("root", 50), shown("x", 80, 1), shown("y", 10, 1), shown("z", 30, 1)];
    const focus = departmentsInFocus(all, 2);
    expect(keys(focus.departments)).toEqual(["y", "z"]);
    expect(focus.note).toMatch(/^The 2 departments with the lowest 3P index, of 4;/);
    // Ordered by index, not under their parents: no indenting.
    expect(focus.inTree).toBe(false);
  });
});
