import { describe, expect, it } from "vitest";
import { describeEdit, type ScenarioNames } from "./describe-edit";

const names: ScenarioNames = {
  kpis: new Map([
    ["aht", "Average handle time"],
    ["fcr", "First contact resolution"],
  ]),
  processes: new Map([["triage", "Claim triage"]]),
  systems: new Map([["crm", "CRM"]]),
  behaviours: new Map([["resolve", "Resolve the customer's issue on the first call"]]),
};

describe("a scenario's edits in words", () => {
  it("says what each edit changes with the model's names", () => {
    expect(describeEdit({ edit: "dropPayLink", kpi: "aht" }, names)).toBe(
      "Average handle time no longer counts towards pay",
    );
    expect(describeEdit({ edit: "addCounter", kpi: "aht", counter: "fcr" }, names)).toBe(
      "First contact resolution catches what Average handle time can damage",
    );
    expect(
      describeEdit(
        { edit: "setInfluence", from: "process:triage", to: "resolve", effect: "obstructs", strength: 3 },
        names,
      ),
    ).toBe("Claim triage strongly obstructs “Resolve the customer's issue on the first call”");
    expect(describeEdit({ edit: "removeInfluence", from: "system:crm", to: "resolve" }, names)).toBe(
      "CRM no longer affects “Resolve the customer's issue on the first call”",
    );
    expect(describeEdit({ edit: "setKpiLink", from: "fcr", to: "aht", effect: "trades-off" }, names)).toBe(
      "Pushing First contact resolution up costs Average handle time",
    );
  });

  it("names a new KPI, whether it counts towards pay, and what catches the damage it can do", () => {
    const kpi = {
      key: "customer-effort-score",
      name: "Customer effort score",
      direction: "lower",
      department: "contact",
      payLinked: false,
      horizon: "short",
      category: "customer",
    } as const;
    expect(describeEdit({ edit: "addKpi", kpi }, names)).toBe("A new KPI: Customer effort score");
    expect(describeEdit({ edit: "addKpi", kpi: { ...kpi, payLinked: true, counters: ["fcr"] } }, names)).toBe(
      "A new KPI: Customer effort score, counting towards pay; First contact resolution catches what it can damage",
    );
    expect(describeEdit({ edit: "addKpi", kpi: { ...kpi, counters: ["fcr", "aht"] } }, names)).toBe(
      "A new KPI: Customer effort score; First contact resolution and Average handle time catch what it can damage",
    );
  });

  it("shows a key the model does not know as it is", () => {
    expect(describeEdit({ edit: "removeKpi", kpi: "gone" }, names)).toBe("gone is no longer measured");
  });
});
