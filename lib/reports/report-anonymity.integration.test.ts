/**
 * The report attacked (DESIGN §4.1.1): it must show exactly the groups the dashboards show — a group
 * under k printed as hidden with no figure, the heat map hiding the same cells as the results page, a
 * department head's report limited to their departments — and answer no one outside the organisation.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getWaveResults } from "@/lib/diagnostic/results/get-wave-results";
import { NotFoundError } from "@/lib/errors";
import { refusal } from "@/lib/test-support/expectations";
import type { TestDatabase } from "@/lib/test-support/test-databases";
import { renderDiagnosticReport } from "./diagnostic-report";
import { gatherReport } from "./report-data";
import { demoAccess, openDemoDatabase } from "./testing/demo-report";
import { drawnText, readPdf, type ReadPdf } from "./testing/pdf-pages";

const pageWith = (pdf: ReadPdf, heading: string) => pdf.pages.find((p) => p.number > 2 && p.lines.includes(heading))!;

describe("the report's anonymity", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await openDemoDatabase();
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  it("prints a department under k as hidden, with why and without a figure, and hides the same heat-map cells as the results page", async () => {
    const access = await demoAccess(database, "consultant@demo.throughline.test");
    const data = await gatherReport(access);
    const it = data.departments.find((d) => d.name === "IT")!;
    expect(it.segment.shown).toBe(false);
    const bytes = await renderDiagnosticReport(data);
    const pdf = readPdf(bytes);
    const drawn = await drawnText(bytes);
    try {
      const departments = pageWith(pdf, "By department");
      const row = departments.lines.find((line) => line.startsWith("IT "))!;
      expect(row).toMatch(/^IT\s+Hidden: fewer than 5 respondents, so answers could identify people\.$/);
      // The same view as the results page, broken down by department.
      const dashboard = await getWaveResults(access, data.diagnostic.wave!.id, "department");
      if (!dashboard.available || !dashboard.total.shown) throw new Error("expected results");
      const columns = [dashboard.total, ...(dashboard.breakdown?.segments ?? [])];
      const hiddenCells = dashboard.total.items.reduce(
        (sum, item) =>
          sum +
          columns.filter((segment) => !segment.shown || !segment.items.find((i) => i.key === item.key)?.shown).length,
        0,
      );
      expect(hiddenCells).toBeGreaterThan(0);
      // Read as drawn: the columns' names are slanted.
      const heatMap = drawn[pageWith(pdf, "Statements by department").number - 1]!;
      expect(heatMap.filter((s) => s === "–")).toHaveLength(hiddenCells);
      // Every hidden column is marked hidden beside its name, and no number is printed for it.
      expect(heatMap).toContain("IT (hidden)");
    } finally {
      pdf.close();
    }
  }, 120_000);

  it("limits a department head's report to their departments", async () => {
    const head = await demoAccess(database, "head@demo.throughline.test");
    const data = await gatherReport(head);
    expect(data.diagnostic.limitedTo).not.toBeNull();
    // Contact centre has no sub-departments: its own figures are the whole report's, and no other group is broken out.
    expect(data.departments).toEqual([]);
    expect(data.participation.map((p) => p.segment)).toEqual(["contact"]);
    const bytes = await renderDiagnosticReport(data);
    const pdf = readPdf(bytes);
    const drawn = await drawnText(bytes);
    try {
      expect(pdf.pages[0]!.text).toContain("Limited to Contact centre");
      expect(drawn[pageWith(pdf, "Statements by department").number - 1]).toContain("Contact centre");
      expect(pdf.pages.some((p) => p.lines.includes("By department"))).toBe(false);
      // No page of survey results names another department, in its text or in a slanted label.
      for (const heading of ["Statements by department", "Participation", "3P results"]) {
        const page = drawn[pageWith(pdf, heading).number - 1]!.join("\n");
        for (const other of ["Billing and accounts", "Logistics and repairs", "Marketing"])
          expect(page, `${heading} names ${other}`).not.toContain(other);
      }
    } finally {
      pdf.close();
    }
  }, 120_000);

  it("answers a member of another organisation 'not found', and a wave of another organisation too", async () => {
    const outsider = await refusal(demoAccess(database, "outsider@demo.throughline.test"));
    expect(outsider).toBeInstanceOf(NotFoundError);
    const consultant = await demoAccess(database, "consultant@demo.throughline.test");
    const northwind = await demoAccess(database, "outsider@demo.throughline.test", "results:read", "northwind-energy");
    const theirWave = await database.db.wave.create({
      data: {
        organisationId: northwind.organisation.id,
        instrumentId: (
          await database.db.instrument.findFirstOrThrow({ where: { organisationId: consultant.organisation.id } })
        ).id,
        name: "Theirs",
        status: "closed",
      },
    });
    expect(await refusal(gatherReport(consultant, theirWave.id))).toBeInstanceOf(NotFoundError);
  }, 60_000);
});
