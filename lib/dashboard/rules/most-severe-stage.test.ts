import { describe, expect, it } from "vitest";
import { mostSevereStage, type StageConflicts } from "./most-severe-stage";

function stage(key: string, critical: number, high: number, total: number): StageConflicts {
  return { key, conflicts: { total, bySeverity: { critical, high, medium: total - critical - high, low: 0 } } };
}

describe("the stage with the most severe conflicts", () => {
  it("is the one with the most critical findings, however many findings the others have", () => {
    expect(mostSevereStage([stage("buy", 0, 9, 20), stage("help", 1, 0, 1), stage("pay", 0, 0, 30)])).toBe("help");
  });

  it("falls back to the most high findings when critical ones are level", () => {
    expect(mostSevereStage([stage("buy", 2, 1, 10), stage("help", 2, 3, 5), stage("pay", 2, 0, 12)])).toBe("help");
  });

  it("falls back to the most findings when critical and high are level", () => {
    expect(mostSevereStage([stage("buy", 0, 0, 2), stage("help", 0, 0, 4), stage("pay", 0, 0, 3)])).toBe("help");
  });

  it("keeps the earlier stage on a full tie", () => {
    expect(mostSevereStage([stage("buy", 1, 1, 3), stage("help", 1, 1, 3)])).toBe("buy");
  });

  it("is none when no stage has a conflict (an empty room marks nothing)", () => {
    expect(mostSevereStage([stage("buy", 0, 0, 0), stage("help", 0, 0, 0)])).toBeNull();
    expect(mostSevereStage([])).toBeNull();
  });
});
