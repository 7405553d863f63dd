import { describe, expect, it } from "vitest";
import type { ScenarioEdit } from "./scenario-schema";
import { withoutEdit } from "./without-edit";

const newKpi = (key: string, counters?: string[]): ScenarioEdit => ({
  edit: "addKpi",
  kpi: {
    key,
    name: key,
    direction: "lower",
    department: "contact",
    payLinked: false,
    horizon: "short",
    category: "customer",
    ...(counters ? { counters } : {}),
  },
});

describe("taking a change back", () => {
  it("takes back only that change when nothing depends on it", () => {
    const edits: ScenarioEdit[] = [
      { edit: "dropPayLink", kpi: "aht" },
      { edit: "addCounter", kpi: "aht", counter: "fcr" },
    ];
    expect(withoutEdit(edits, 0)).toEqual({ edits: [edits[1]], alsoRemoved: 0 });
  });

  it("takes back the later changes that name a new KPI, and those that name a KPI taken back with it", () => {
    const edits: ScenarioEdit[] = [
      { edit: "addCounter", kpi: "aht", counter: "fcr" },
      newKpi("effort"),
      { edit: "addCounter", kpi: "aht", counter: "effort" },
      { edit: "setInfluence", from: "kpi:effort", to: "resolve", effect: "supports", strength: 2 },
      { edit: "setInfluence", from: "process:effort", to: "resolve", effect: "supports", strength: 2 },
      newKpi("calm", ["effort"]),
      { edit: "setKpiLink", from: "fcr", to: "calm", effect: "reinforces" },
      { edit: "dropPayLink", kpi: "aht" },
    ];
    const { edits: kept, alsoRemoved } = withoutEdit(edits, 1);
    expect(kept).toEqual([edits[0], edits[4], edits[7]]);
    expect(alsoRemoved).toBe(4);
  });

  it("keeps earlier changes even when they name the same key", () => {
    const edits: ScenarioEdit[] = [{ edit: "removeKpi", kpi: "effort" }, newKpi("effort")];
    expect(withoutEdit(edits, 1)).toEqual({ edits: [edits[0]], alsoRemoved: 0 });
  });
});
