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
  it("is a PDF with a cover, contents, the 3P results, the alignment picture, findings, stories and actions — hidden figures printed as hidden, with why", async () => {
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
        explanation: f.explanation,
        story: null,
      })),
      departmentName: new Map(),
      waveDates: { opensOn: "2026-09-14", closesOn: "2026-10-10" },
      k: 5,
      statements: [{ key: "s1", dimension: "practical", text: "I know what great looks like." }],
      total: {
        key: "all",
        shown: true,
        respondents: 112,
        index3P: 57.4,
        dimensions: { practical: shown, personal: shown, possible: shown },
        items: [
          { key: "s1", dimension: "practical", shown: true, n: 104, mean: 3.6, favourable: 59.6, unfavourable: 20 },
        ],
        comments: { shown: false, reason: "" },
      },
      participation: [
        { segment: "claims", invited: 40, answered: 31, hidden: null, rate: 77.5, flagged: false },
        { segment: "it", invited: 5, answered: null, hidden: "fewer than 5", rate: null, flagged: false },
      ],
      branding: { accent: "#7a1f5c", preparedBy: "Okafor & Partners", logo: null },
    };
    const pdf = await renderDiagnosticReport(data);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = await textOf(pdf);
    for (const section of [
      "Contents",
      "Executive summary",
      "3P results",
      "Leaders and frontline",
      "Participation",
      "By department",
      "Statements by department",
      "Statement by statement",
      "Alignment",
      "Findings and customer stories",
      "Action items",
      "Customer exposure",
      "How anonymity was protected",
    ])
      expect(text).toContain(section);
    expect(text).toContain("Prepared by Okafor & Partners");
    expect(text).toContain("14 September 2026 to 10 October 2026");
    expect(text).toContain("57.4");
    expect(text).toContain("+3.4 since Spring 2026");
    expect(text).toContain("I know what great looks like. Practical 3.6 59.6 % 104");
    expect(text).toContain("IT Hidden: fewer than 5 respondents");
    expect(text).toContain("Hidden: leaders and frontline each need at least 5 respondents");
    expect(text).toMatch(/\d+ figures are hidden in this report/);
    // Names print as written, beyond Latin-1 (the font is embedded).
    expect(text).toContain("Harbour Mutual Łódź");
    expect(text).toContain("Take average handle time out of the advisors");
    expect(text).toMatch(/Page 2 of \d+/);
  });
});
