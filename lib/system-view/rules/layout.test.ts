import { describe, expect, it } from "vitest";
import { COLUMN_WIDTH, layOut, ROW_HEIGHT } from "./layout";

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
});
