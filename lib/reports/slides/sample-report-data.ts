/** A report of the demo model with a hidden department and a hidden comparison, for the deck's tests. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { analyzeModel } from "@/lib/alignment/rules/analyze-model";
import { buildModelDashboard } from "@/lib/dashboard/rules/model-dashboard";
import type { ModelDocument } from "@/lib/model/model-schema";
import { firstSentence } from "@/lib/findings/finding-anchor";
import type { ReportData } from "../report-data";

const demo = JSON.parse(
  readFileSync(path.join(__dirname, "../../demo/harbour-mutual.model.json"), "utf8"),
) as ModelDocument;

export function sampleReportData(): ReportData {
  const model = buildModelDashboard(
    demo,
    analyzeModel(demo),
    { kind: "organisation" },
    { today: new Date("2026-11-24T00:00:00Z") },
  );
  const shown = { shown: true as const, index: 61.2, respondents: 40 };
  return {
    organisation: "Harbour Mutual Łódź",
    generatedOn: "2026-11-24",
    diagnostic: {
      waves: [{ id: "w", name: "Autumn 2026", status: "closed" }],
      wave: { id: "w", name: "Autumn 2026", status: "closed" },
      limitedTo: null,
      respondents: 112,
      shown: true,
      hiddenReason: null,
      index3P: 57.4,
      dimensions: { practical: shown, personal: { ...shown, index: 58 }, possible: { ...shown, index: 47.3 } },
      previousWave: "Spring 2026",
      deltas: [
        { measure: "3P", current: 57.4, previous: 54, delta: 3.4 },
        { measure: "practical", current: 61.2, previous: 60, delta: 1.2 },
        { measure: "personal", current: 58, previous: 55.5, delta: 2.5 },
        { measure: "possible", current: 47.3, previous: 49.3, delta: -2 },
      ],
      gaps: [
        { dimension: "practical", shown: true, gap: 12.5, calledOut: true, leader: 70, frontline: 57.5 },
        { dimension: "personal", shown: true, gap: 4, calledOut: false, leader: 60, frontline: 56 },
        {
          dimension: "possible",
          shown: false,
          reason: "Hidden: leaders and frontline each need at least 5 respondents who answered this dimension.",
        },
      ],
    },
    departments: [
      {
        name: "Claims",
        segment: {
          key: "claims",
          respondents: 31,
          shown: true,
          index3P: 56.7,
          dimensions: { practical: shown, personal: { ...shown, index: 52.9 }, possible: { ...shown, index: 44.1 } },
          items: [],
          comments: { shown: false, reason: "" },
        },
      },
      {
        name: "IT",
        segment: {
          key: "it",
          shown: false,
          reason: "Hidden: fewer than 5 respondents, so answers could identify people.",
        },
      },
    ],
    model,
    findings: model.findings.top.map((f) => ({
      severity: f.severity,
      rule: f.rule,
      sentence: firstSentence(f.explanation),
    })),
    departmentName: new Map(),
  };
}
