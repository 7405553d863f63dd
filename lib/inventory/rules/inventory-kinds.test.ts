import { describe, expect, it } from "vitest";
import { KIND_NAMES, KIND_PATHS, kindTitle } from "./inventory-kinds";

describe("inventory kinds", () => {
  it("names a KPI in capitals wherever it stands, and the others in lower case within a sentence", () => {
    expect(KIND_NAMES).toEqual({ kpi: "KPI", process: "process", system: "system" });
    expect(kindTitle("kpi")).toBe("KPI");
    expect(kindTitle("process")).toBe("Process");
    expect(kindTitle("system")).toBe("System");
  });

  it("finds each kind under its API collection", () => {
    expect(KIND_PATHS).toEqual({ kpi: "kpis", process: "processes", system: "systems" });
  });
});
