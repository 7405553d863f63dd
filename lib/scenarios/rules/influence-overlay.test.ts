import { describe, expect, it } from "vitest";
import type { Influence } from "@/lib/model/model-schema";
import { InfluenceOverlay } from "./influence-overlay";
import type { ScenarioEdit } from "./scenario-schema";

const influence = (from: string, to: string, strength = 1): Influence => ({ from, to, effect: "supports", strength });
const base = [
  influence("kpi:a", "b1"),
  influence("kpi:b", "b1"),
  influence("process:p", "b2"),
  influence("kpi:a", "b3"),
];
const naming = (...pairs: [string, string][]): ScenarioEdit[] =>
  pairs.map(([from, to]) => ({ edit: "removeInfluence", from, to }));

describe("InfluenceOverlay", () => {
  it("gives the model's own list when nothing changed", () => {
    expect(new InfluenceOverlay(base, naming(["kpi:a", "b1"])).list()).toBe(base);
  });

  it("keeps a changed influence in its place and puts a new one, or one removed and set again, last", () => {
    const overlay = new InfluenceOverlay(base, naming(["kpi:b", "b1"], ["process:p", "b2"], ["kpi:c", "b2"]));
    overlay.set(influence("kpi:b", "b1", 3));
    expect(overlay.delete("process:p", "b2")).toBe(true);
    expect(overlay.get("process:p", "b2")).toBeUndefined();
    overlay.set(influence("kpi:c", "b2", 2));
    overlay.set(influence("process:p", "b2", 2));
    expect(overlay.list()).toEqual([
      base[0],
      influence("kpi:b", "b1", 3),
      base[3],
      influence("kpi:c", "b2", 2),
      influence("process:p", "b2", 2),
    ]);
  });

  it("removes a source's influences, the model's and those set before, and cannot remove what is gone", () => {
    const overlay = new InfluenceOverlay(base, naming(["kpi:a", "b2"], ["kpi:a", "b1"]));
    overlay.set(influence("kpi:a", "b2"));
    overlay.removeSource("kpi:a");
    expect(overlay.get("kpi:a", "b1")).toBeUndefined();
    expect(overlay.delete("kpi:a", "b1")).toBe(false);
    expect(overlay.delete("kpi:a", "b2")).toBe(false);
    expect(overlay.list()).toEqual([base[1], base[2]]);
  });
});
