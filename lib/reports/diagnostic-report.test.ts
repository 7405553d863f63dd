import { readFileSync } from "node:fs";
import path from "node:path";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { analyzeModel } from "@/lib/alignment/rules/analyze-model";
import { buildModelDashboard } from "@/lib/dashboard/rules/model-dashboard";
import type { ModelDocument } from "@/lib/model/model-schema";
import { firstSentence } from "@/lib/findings/finding-anchor";
import { renderDiagnosticReport } from "./diagnostic-report";
import type { ReportData } from "./report-data";

const demo = JSON.parse(
  readFileSync(path.join(__dirname, "../demo/harbour-mutual.model.json"), "utf8"),
) as ModelDocument;

async function textOf(pdf: Buffer): Promise<string> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: true });
  return text.replace(/\s+/g, " ");
}

describe("the diagnostic report", () => {
  it("is a PDF with the 3P results, the alignment picture, findings, stories and actions — hidden figures printed as hidden, with why", async () => {
    const model = buildModelDashboard(
      demo,
      analyzeModel(demo),
      { kind: "organisation" },
      { today: new Date("2026-11-24T00:00:00Z") },
    );
    const shown = { shown: true as const, index: 61.2, respondents: 40 };
    const data: ReportData = {
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
        deltas: [{ measure: "3P", current: 57.4, previous: 54, delta: 3.4 }],
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
            dimensions: { practical: shown, personal: shown, possible: shown },
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
    const pdf = await renderDiagnosticReport(data);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = await textOf(pdf);
    for (const section of [
      "3P results",
      "Leaders and frontline",
      "By department",
      "Alignment",
      "Top findings",
      "Customer stories",
      "Action items",
      "Customer exposure",
    ])
      expect(text).toContain(section);
    expect(text).toContain("57.4");
    expect(text).toContain("+3.4 since Spring 2026");
    expect(text).toContain("+12.5 (10 points or more)");
    expect(text).toContain("IT hidden Hidden: fewer than 5 respondents");
    expect(text).toContain("My kitchen flooded on a Friday");
    // Names print as written, beyond Latin-1 (the font is embedded).
    expect(text).toContain("Harbour Mutual Łódź: diagnostic report");
    expect(text).toContain("Take average handle time out of the advisors");
  });
});
