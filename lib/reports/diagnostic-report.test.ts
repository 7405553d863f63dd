import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { renderDiagnosticReport } from "./diagnostic-report";
import { sampleReportData } from "./testing/sample-report";
import { drawnText } from "./testing/pdf-pages";

async function textOf(pdf: Buffer): Promise<string> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: true });
  return text.replace(/\s+/g, " ");
}

describe("the diagnostic report", () => {
  it("is a PDF with a cover, contents, the 3P results, the alignment picture, findings, stories and actions — hidden figures printed as hidden, with why", async () => {
    const data = sampleReportData();
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
    expect(text).toContain("Prepared by Northlight Consulting");
    expect(text).toContain("1 October 2026 to 31 October 2026");
    expect(text).toContain("57.4");
    expect(text).toContain("+3.4 since Spring 2026");
    expect(text).toContain("I know what a great experience looks like. Practical 3.9 71.8 % 110");
    expect(text).toContain("IT Hidden: fewer than 5 respondents");
    expect(text).toContain("Hidden for leaders: fewer than 5 respondents");
    expect(text).toMatch(/\d+ figures are hidden in this report/);
    // Names print as written, beyond Latin-1 (the font is embedded).
    expect(text).toContain("Harbour Mutual Łódź");
    expect(text).toContain("Take average handle time out of the advisors");
    expect(text).toMatch(/Page 2 of \d+/);
  });

  it("of an organisation of many departments draws the top-level ones, or the lowest, and says where the rest are", async () => {
    const sample = sampleReportData();
    const [claims] = sample.departments;
    if (!claims?.segment.shown) throw new Error("The sample's first department has figures.");
    // Thirty top-level departments, the 3P index falling from 80 to 51.
    const departments = Array.from({ length: 30 }, (_, i) => ({
      name: `Region ${i + 1}`,
      segment: { ...claims.segment, key: `region-${i + 1}`, depth: 0, index3P: 80 - i },
    }));
    const pdf = await renderDiagnosticReport({ ...sample, departments });
    const text = await textOf(pdf);
    expect(text).toContain(
      "The 20 top-level departments with the lowest 3P index, of 30; every department's figures are on the wave's results page and in its CSV export.",
    );
    expect(text).toContain("Region 30");
    expect(text).not.toMatch(/Region 10\b/);
    // The heat map's slanted column names: the whole, then the twelve lowest.
    const heatMap = (await drawnText(pdf)).find(
      (page) => page.includes("Statements by department") && !page.includes("Contents"),
    )!;
    const columns = heatMap.filter((s) => /^Region \d+$/.test(s));
    expect(columns).toEqual(Array.from({ length: 12 }, (_, i) => `Region ${30 - i}`));
    expect(heatMap.join(" ")).toContain("The 12 top-level departments with the lowest 3P index, of 30;");
  });

  it("repeats the heat map's and the statement table's headers on every page a long instrument runs over", async () => {
    const sample = sampleReportData();
    const total = sample.total!;
    if (!total.shown) throw new Error("The sample's whole has figures.");
    const [first] = total.items;
    if (!first?.shown) throw new Error("The sample's first statement has figures.");
    // Eighty statements: pages of rows in the heat map, and again in the statement table.
    const statements = Array.from({ length: 80 }, (_, i) => ({
      key: `s${i + 1}`,
      dimension: "practical" as const,
      text: `Statement number ${i + 1}.`,
    }));
    const items = statements.map((s) => ({ ...first, key: s.key }));
    const pdf = await renderDiagnosticReport({ ...sample, statements, total: { ...total, items } });
    const isRow = (s: string) => /^Statement number \d+\.$/.test(s);
    const pages = (await drawnText(pdf)).filter((page) => page.some(isRow));
    expect(pages.length).toBeGreaterThanOrEqual(4);
    const heatMapHeader = ["Statement", "Everyone", "Claims", "IT (hidden)"];
    const tableHeader = ["Statement", "Dimension", "Mean", "Favourable", "People"];
    for (const page of pages) {
      // Whatever the page's first row belongs to, its header stands above it.
      const above = page.slice(0, page.findIndex(isRow));
      const header = above.includes("Everyone") ? heatMapHeader : tableHeader;
      expect(above).toEqual(expect.arrayContaining(header));
    }
    // Every statement once in the heat map, then once in the table, in order.
    const texts = statements.map((s) => s.text);
    expect(pages.flatMap((page) => page.filter(isRow))).toEqual([...texts, ...texts]);
  });

  it("indents each sub-department's bars under its parent, a step a level", async () => {
    const sample = sampleReportData();
    const [claims, it] = sample.departments;
    if (!claims?.segment.shown || !it) throw new Error("The sample has a shown and a hidden department.");
    const department = (name: string, depth: number) => ({ name, segment: { ...claims.segment, key: name, depth } });
    const departments = [
      department("Customer service", 0),
      department("Contact centre", 1),
      department("Night desk", 2),
      department("Claims", 0),
      { name: "IT", segment: { ...it.segment, depth: 1 } },
    ];
    const pdf = await renderDiagnosticReport({ ...sample, departments });
    const { getDocumentProxy } = await import("unpdf");
    const document = await getDocumentProxy(new Uint8Array(pdf));
    const left = new Map<string, number>();
    for (let n = 1; n <= document.numPages; n++) {
      const { items } = await (await document.getPage(n)).getTextContent();
      const page = items.flatMap((item) => ("str" in item ? [item] : []));
      if (!page.some((item) => item.str === "By department") || page.some((item) => item.str === "Contents")) continue;
      for (const item of page) if (!left.has(item.str)) left.set(item.str, item.transform[4] as number);
    }
    const x = (name: string) => left.get(name)!;
    expect(x("Claims")).toBe(x("Customer service"));
    expect(x("Contact centre")).toBeGreaterThan(x("Customer service"));
    expect(x("Night desk") - x("Contact centre")).toBeCloseTo(x("Contact centre") - x("Customer service"));
    // A hidden sub-department stands indented too.
    expect(x("IT")).toBe(x("Contact centre"));
  });
});
