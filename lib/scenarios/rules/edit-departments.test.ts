import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ModelDocument } from "@/lib/model/model-schema";
import { editDepartments } from "./edit-departments";

const harbour = (): ModelDocument =>
  JSON.parse(readFileSync(new URL("../../alignment/fixtures/harbour-mutual.model.json", import.meta.url), "utf8"));

describe("the departments a scenario's edits are about", () => {
  it("places KPI edits in the KPI's department and KPI links in the first KPI's", () => {
    expect(
      editDepartments(harbour(), [
        { edit: "dropPayLink", kpi: "aht" },
        { edit: "addCounter", kpi: "cost-per-claim", counter: "fcr" },
        { edit: "setKpiLink", from: "invoices-per-hour", to: "aht", effect: "reinforces" },
        { edit: "removeKpi", kpi: "nowhere" },
      ]),
    ).toEqual([["contact"], ["claims"], ["billing"], []]);
  });

  it("places an influence in its behaviour's department and its source's (none for a system)", () => {
    expect(
      editDepartments(harbour(), [
        { edit: "setInfluence", from: "kpi:aht", to: "callback", effect: "supports", strength: 2 },
        { edit: "removeInfluence", from: "system:crm", to: "plain-invoice" },
        { edit: "setInfluence", from: "process:claim-triage", to: "resolve", effect: "obstructs", strength: 1 },
      ]),
    ).toEqual([["claims", "contact"], ["billing"], ["contact", "claims"]]);
  });

  it("lets a KPI added by the scenario place the edits after it", () => {
    const kpi = {
      key: "nps",
      name: "Net promoter score",
      direction: "higher" as const,
      department: "billing",
      payLinked: false,
      horizon: "long" as const,
      category: "customer" as const,
    };
    expect(
      editDepartments(harbour(), [
        { edit: "addKpi", kpi },
        { edit: "addPayLink", kpi: "nps" },
      ]),
    ).toEqual([["billing"], ["billing"]]);
  });
});
