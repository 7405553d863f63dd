import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateModelText } from "@/lib/model/rules/validate-model";
import { analyzeModel } from "./analyze-model";
import { filterFindings } from "./filter-findings";

const result = validateModelText(
  readFileSync(path.resolve(__dirname, "../fixtures/harbour-mutual.model.json"), "utf8"),
);
if (!result.ok) throw new Error("fixture invalid");
const model = result.model;
const { findings } = analyzeModel(model);
const ids = (filter: Parameters<typeof filterFindings>[2]) =>
  filterFindings(model, findings, filter).map((f) => `${f.rule} ${f.subjects.map((s) => s.key).join(",")}`);

describe("filterFindings", () => {
  it("keeps everything without a filter", () =>
    expect(filterFindings(model, findings, {})).toHaveLength(findings.length));

  it("filters by severity and by rule", () => {
    expect(ids({ severity: "critical" })).toEqual(["F1 aht,resolve", "F3 cost-per-claim,callback"]);
    expect(ids({ rule: "F6" })).toEqual(["F6 invoices-per-hour"]);
  });

  it("filters by department, including sub-departments, through roles, KPIs and processes", () => {
    expect(ids({ department: "contact" })).toEqual([
      "F1 aht,resolve",
      "F2 resolve,fcr,aht",
      "F9 aht",
      "F12 cost-per-claim,fcr,resolve",
    ]);
    // The contact centre sits under customer service.
    expect(ids({ department: "service" })).toEqual(ids({ department: "contact" }));
    expect(ids({ department: "billing" })).toEqual(["F5 plain-invoice", "F7 invoicer,buy", "F6 invoices-per-hour"]);
  });

  it("filters by role and by stage", () => {
    expect(ids({ role: "handler" })).toEqual(["F3 cost-per-claim,callback"]);
    expect(ids({ stage: "buy" })).toEqual(["F7 invoicer,buy"]);
    expect(ids({ stage: "claim", severity: "high" })).toEqual(["F2 resolve,fcr,aht"]);
  });
});
