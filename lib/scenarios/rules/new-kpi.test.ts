import { describe, expect, it } from "vitest";
import { scenarioEditSchema } from "./scenario-schema";
import { newKpiEdit, type NewKpiDraft } from "./new-kpi";

const kpis = [
  { key: "aht", name: "Average handle time" },
  { key: "customer-effort-score", name: "Effort (old)" },
];
const draft: NewKpiDraft = {
  name: "  Customer effort score ",
  department: "contact",
  payLinked: false,
  direction: "lower",
  horizon: "short",
  category: "customer",
  definition: " ",
  measuredRoles: [],
  counters: [],
};

describe("a new KPI from the scenario editor's form", () => {
  it("makes its key from its name, unique among the KPIs known, and leaves out what was not given", () => {
    const result = newKpiEdit(draft, kpis);
    expect(result).toEqual({
      ok: true,
      edit: {
        edit: "addKpi",
        kpi: {
          key: "customer-effort-score-2",
          name: "Customer effort score",
          direction: "lower",
          department: "contact",
          payLinked: false,
          horizon: "short",
          category: "customer",
        },
      },
    });
    // What the form makes is what the file format and the API accept.
    expect(scenarioEditSchema.safeParse(result.ok && result.edit).success).toBe(true);
  });

  it("keeps what it measures, the roles it measures and its counters, once each", () => {
    const result = newKpiEdit(
      {
        ...draft,
        definition: "How hard customers say it was",
        measuredRoles: ["advisor", "advisor"],
        counters: ["aht"],
      },
      kpis,
    );
    expect(result.ok && result.edit.kpi).toMatchObject({
      definition: "How hard customers say it was",
      measuredRoles: ["advisor"],
      counters: ["aht"],
    });
  });

  it("refuses a blank name and a name another KPI has, whatever its case", () => {
    expect(newKpiEdit({ ...draft, name: "  " }, kpis)).toEqual({
      ok: false,
      field: "name",
      message: "Give the new KPI a name.",
    });
    expect(newKpiEdit({ ...draft, name: "average handle TIME" }, kpis)).toEqual({
      ok: false,
      field: "name",
      message: "There is already a KPI named “average handle TIME”.",
      taken: true,
    });
  });
});
