import { describe, expect, it } from "vitest";
import { namedKeys } from "./named-keys";

describe("namedKeys", () => {
  it("gathers every KPI, process, system, behaviour and new KPI's department the edits name", () => {
    const named = namedKeys([
      { edit: "dropPayLink", kpi: "aht" },
      { edit: "addCounter", kpi: "aht", counter: "fcr" },
      { edit: "setKpiLink", from: "nps", to: "csat", effect: "reinforces" },
      { edit: "setInfluence", from: "process:claims-intake", to: "b1", effect: "supports", strength: 2 },
      { edit: "removeInfluence", from: "system:crm", to: "b2" },
      { edit: "removeInfluence", from: "kpi:sales", to: "b1" },
      {
        edit: "addKpi",
        kpi: {
          key: "ces",
          name: "Customer effort score",
          direction: "lower",
          department: "contact",
          payLinked: false,
          horizon: "short",
          category: "customer",
          counters: ["refunds"],
        },
      },
    ]);
    expect([...named.kpis].sort()).toEqual(["aht", "csat", "fcr", "nps", "refunds", "sales"]);
    expect([...named.processes]).toEqual(["claims-intake"]);
    expect([...named.systems]).toEqual(["crm"]);
    expect([...named.behaviours].sort()).toEqual(["b1", "b2"]);
    expect([...named.departments]).toEqual(["contact"]);
  });

  it("names nothing for no edits", () => {
    const named = namedKeys([]);
    expect(Object.values(named).map((keys) => keys.size)).toEqual([0, 0, 0, 0, 0]);
  });
});
