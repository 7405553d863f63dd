import { describe, expect, it } from "vitest";
import {
  COLUMN_WIDTH,
  GROUP_COLUMN_GAP,
  GROUP_GAP,
  GROUP_HEIGHT,
  GROUP_MAX_WIDTH,
  GROUP_MIN_WIDTH,
  groupBox,
  layOut,
  ROW_HEIGHT,
} from "./layout";

describe("the system view's layout", () => {
  it("puts columns side by side and orders a column by its neighbours, so edges do not cross", () => {
    const placed = layOut(
      [
        { id: "a", column: 0 },
        { id: "b", column: 0 },
        { id: "x", column: 2 },
        { id: "y", column: 2 },
      ],
      [
        { source: "a", target: "y" },
        { source: "b", target: "x" },
      ],
    );
    expect(placed.get("x")!.x).toBe(COLUMN_WIDTH);
    expect(placed.get("y")!.y).toBeLessThan(placed.get("x")!.y);
    expect(placed.get("b")!.y - placed.get("a")!.y).toBe(ROW_HEIGHT);
  });

  it("centres a short column against the tallest", () => {
    const placed = layOut(
      [
        { id: "a", column: 0 },
        { id: "b", column: 0 },
        { id: "c", column: 0 },
        { id: "x", column: 1 },
      ],
      [],
    );
    expect(placed.get("x")!.y).toBe(placed.get("b")!.y);
  });

  it("stacks groups as short boxes sized by what they hold, facing the next column", () => {
    const placed = layOut(
      [
        { id: "big", column: 0, box: groupBox(100, 100) },
        { id: "small", column: 0, box: groupBox(25, 100) },
        { id: "x", column: 1, box: groupBox(10, 10) },
        { id: "y", column: 1, box: groupBox(10, 10) },
      ],
      [
        { source: "small", target: "x" },
        { source: "big", target: "y" },
      ],
    );
    const [big, small, x, y] = ["big", "small", "x", "y"].map((id) => placed.get(id)!);
    expect(small!.y).toBe(big!.y + GROUP_HEIGHT + GROUP_GAP);
    expect(y!.y).toBeLessThan(x!.y);
    // The first column's boxes end where the widest does; the next column starts past the lines' room.
    expect(big!.width).toBe(GROUP_MAX_WIDTH);
    expect(small!.x + small!.width).toBe(big!.x + big!.width);
    expect(small!.width).toBeLessThan(big!.width);
    expect(x!.x).toBe(GROUP_MAX_WIDTH + GROUP_COLUMN_GAP);
  });
});

describe("a group's box", () => {
  it("grows in width with what it holds, by area, up to the column's largest", () => {
    expect(groupBox(100, 100)).toEqual({ width: GROUP_MAX_WIDTH, height: GROUP_HEIGHT });
    expect(groupBox(0, 100).width).toBe(GROUP_MIN_WIDTH);
    expect(groupBox(25, 100).width).toBe(GROUP_MIN_WIDTH + (GROUP_MAX_WIDTH - GROUP_MIN_WIDTH) / 2);
    expect(groupBox(5, 0).width).toBe(GROUP_MIN_WIDTH);
  });
});
