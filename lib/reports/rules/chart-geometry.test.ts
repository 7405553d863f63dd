import { describe, expect, it } from "vitest";
import {
  barLength,
  heatColour,
  HEAT_STEPS,
  linearScale,
  niceTicks,
  radarLabel,
  radarPolygon,
  radarRings,
  textOn,
  tint,
} from "./chart-geometry";
import { favourableBand } from "@/lib/diagnostic/rules/favourable-band";

describe("chart geometry", () => {
  it("scales linearly and clamps to the domain", () => {
    const x = linearScale([0, 100], [10, 210]);
    expect(x(0)).toBe(10);
    expect(x(50)).toBe(110);
    expect(x(150)).toBe(210);
    expect(x(-5)).toBe(10);
    expect(linearScale([0, 0], [0, 10])(3)).toBe(0);
  });

  it("draws the radar's polygon clockwise from the top, and not at all when a value is hidden", () => {
    const centre = { x: 100, y: 100 };
    expect(radarPolygon([100, 100, 100], centre, 50)).toBe("100,50 143.3,125 56.7,125");
    expect(radarPolygon([50, 0, 0], centre, 50)).toBe("100,75 100,100 100,100");
    expect(radarPolygon([50, null, 40], centre, 50)).toBeNull();
    expect(radarPolygon([50, 60], centre, 50)).toBeNull();
    expect(radarRings(3, centre, 50, [50, 100])).toEqual([
      "100,75 121.65,112.5 78.35,112.5",
      "100,50 143.3,125 56.7,125",
    ]);
  });

  it("anchors axis labels away from the chart", () => {
    const centre = { x: 100, y: 100 };
    expect(radarLabel(0, 3, centre, 50, 10).anchor).toBe("middle");
    expect(radarLabel(1, 3, centre, 50, 10).anchor).toBe("start");
    expect(radarLabel(2, 3, centre, 50, 10).anchor).toBe("end");
  });

  it("gives bars lengths in proportion, never negative or past the axis", () => {
    expect(barLength(25, 100, 200)).toBe(50);
    expect(barLength(-3, 100, 200)).toBe(0);
    expect(barLength(130, 100, 200)).toBe(200);
    expect(barLength(5, 0, 200)).toBe(0);
  });

  it("picks round ticks covering the maximum", () => {
    expect(niceTicks(100)).toEqual([0, 50, 100]);
    expect(niceTicks(60)).toEqual([0, 20, 40, 60]);
    expect(niceTicks(48)).toEqual([0, 20, 40, 60]);
    expect(niceTicks(0)).toEqual([0]);
  });

  it("colours heat-map cells in steps that stay within the dashboard's bands", () => {
    expect(heatColour(0)).toBe(HEAT_STEPS[0].colour);
    expect(heatColour(39.9)).toBe(HEAT_STEPS[1].colour);
    expect(heatColour(40)).toBe(HEAT_STEPS[2].colour);
    expect(heatColour(100)).toBe(HEAT_STEPS[4].colour);
    for (let share = 0; share <= 100; share += 0.5) {
      const step = [...HEAT_STEPS].reverse().find((s) => share >= s.from)!;
      expect(step.band).toBe(favourableBand(share));
    }
  });

  it("writes dark text on light cells and white on dark ones, and tints colours towards white", () => {
    expect(textOn("#ffffff")).toBe("#14213d");
    expect(textOn("#0a5454")).toBe("#ffffff");
    expect(textOn(HEAT_STEPS[2].colour)).toBe("#14213d");
    expect(tint("#000000", 0.5)).toBe("#808080");
    expect(tint("#0a5454", 0)).toBe("#0a5454");
  });
});
