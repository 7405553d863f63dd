import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildMatrix } from "./build-matrix";
import { validateModelText } from "@/lib/model/rules/validate-model";

const result = validateModelText(
  readFileSync(path.resolve(__dirname, "../fixtures/harbour-mutual.model.json"), "utf8"),
);
if (!result.ok) throw new Error("fixture invalid");
const model = result.model;

describe("buildMatrix", () => {
  it("gives one row per role and one cell per stage, with touchpoints, counts by status and blind spots", () => {
    const matrix = buildMatrix(model);
    expect(matrix.stages.map((s) => s.key)).toEqual(["buy", "claim", "pay"]);
    const invoicer = matrix.rows.find((r) => r.role === "invoicer")!;
    expect(invoicer.cells.map((c) => [c.stage, c.touches, c.byStatus.approved, c.byStatus.draft, c.blindSpot])).toEqual(
      [
        ["buy", true, 0, 1, true],
        ["claim", false, 0, 0, false],
        ["pay", true, 1, 0, false],
      ],
    );
  });

  it("computes each cell's alignment from its approved behaviours", () => {
    const advisor = buildMatrix(model).rows.find((r) => r.role === "advisor")!;
    // "resolve" is supported and obstructed: conflicted, so not aligned.
    expect(advisor.cells.find((c) => c.stage === "claim")).toMatchObject({ aligned: 0, alignment: 0 });
    expect(advisor.cells.find((c) => c.stage === "buy")).toMatchObject({
      alignment: null,
      blindSpot: false,
      touches: false,
    });
  });

  it("filters rows by department, including sub-departments", () => {
    expect(buildMatrix(model, { department: "service" }).rows.map((r) => r.role)).toEqual(["advisor"]);
    expect(buildMatrix(model, { department: "billing" }).rows.map((r) => r.role)).toEqual(["invoicer"]);
  });
});
