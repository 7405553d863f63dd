import { describe, expect, it } from "vitest";
import { setupSteps, type SetupCounts } from "./setup-steps";

const none: SetupCounts = {
  stages: 0,
  roles: 0,
  touchpoints: 0,
  approvedBehaviours: 0,
  kpis: 0,
  influences: 0,
  wavesOpened: 0,
};

describe("setupSteps", () => {
  it("lists the seven steps in the order they build on each other, none done for a new organisation", () => {
    const steps = setupSteps(none);
    expect(steps.map((s) => s.id)).toEqual([
      "stages",
      "roles",
      "touchpoints",
      "approvedBehaviours",
      "kpis",
      "influences",
      "wavesOpened",
    ]);
    expect(steps.every((s) => !s.done)).toBe(true);
  });

  it("marks a step done from what the organisation holds, whatever the order it was done in", () => {
    const steps = setupSteps({ ...none, stages: 7, kpis: 3 });
    expect(steps.filter((s) => s.done).map((s) => s.id)).toEqual(["stages", "kpis"]);
  });
});
