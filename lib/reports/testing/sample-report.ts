/** A report of the demo model with a hidden department and a hidden comparison, for the PDF's and the deck's tests. */
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
          reason: "Hidden for leaders: fewer than 5 respondents, so answers could identify people.",
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
      explanation: f.explanation,
      story: null,
    })),
    departmentName: new Map(),
    waveDates: { opensOn: "2026-10-01", closesOn: "2026-10-31" },
    k: 5,
    statements: [
      { key: "p1", dimension: "practical", text: "I know what a great experience looks like." },
      { key: "p2", dimension: "personal", text: "I hear directly from customers." },
      { key: "p3", dimension: "possible", text: "Our processes make it easy to do the right thing." },
      { key: "p4", dimension: "possible", text: "I often have to work around our own rules." },
    ],
    total: {
      key: "total",
      respondents: 112,
      shown: true,
      index3P: 57.4,
      dimensions: { practical: shown, personal: { ...shown, index: 58 }, possible: { ...shown, index: 47.3 } },
      items: [
        { key: "p1", dimension: "practical", shown: true, n: 110, mean: 3.9, favourable: 71.8, unfavourable: 6.4 },
        { key: "p2", dimension: "personal", shown: true, n: 108, mean: 3.2, favourable: 38.9, unfavourable: 20.4 },
        { key: "p3", dimension: "possible", shown: true, n: 109, mean: 2.8, favourable: 23.9, unfavourable: 41.3 },
        { key: "p4", dimension: "possible", shown: false, reason: "Hidden: too few answered." },
      ],
      comments: { shown: false, reason: "" },
    },
    participation: [
      { segment: "claims", invited: 40, answered: 31, hidden: null, rate: 77.5, flagged: false },
      { segment: "it", invited: 6, answered: null, hidden: "fewer than 5", rate: null, flagged: false },
    ],
    branding: { accent: "#7a3e9d", preparedBy: "Northlight Consulting", logo: null },
  };
}
