import { beforeEach, expect, it } from "vitest";
import { exportModel } from "@/lib/model/export-model";
import { importModel } from "@/lib/model/import-model";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { resolveOrgAccess, type OrgAccess } from "@/lib/access/org-access";
import { exampleModel } from "@/lib/test-support/example-model";
import { refusal } from "@/lib/test-support/expectations";
import { joinOrganisation, makeUser } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { addKpiReading } from "./add-kpi-reading";
import { getKpiReadings } from "./get-kpi-readings";
import { importReadingsCsv } from "./import-readings-csv";
import { removeKpiReading } from "./remove-kpi-reading";
import { updateKpiReading } from "./update-kpi-reading";

const example = exampleModel();

describeOnEachDatabase("KPI readings", (use) => {
  let owner: OrgAccess;
  let head: OrgAccess;
  let other: OrgAccess;

  beforeEach(async () => {
    const { db } = use();
    const ownerUser = await makeUser(db, "Owner");
    const organisation = await createOrganisation({ db, actor: ownerUser }, { name: "Harbour" });
    owner = await resolveOrgAccess(db, ownerUser, organisation.slug, "model:edit");
    await importModel(owner, example);
    const contact = await db.department.findFirstOrThrow({
      where: { organisationId: organisation.id, key: "contact" },
    });
    const headUser = await makeUser(db, "Head");
    await joinOrganisation(owner, headUser, "department_head", [contact.id]);
    head = await resolveOrgAccess(db, headUser, organisation.slug, "organisation:read");
    const otherUser = await makeUser(db, "Other owner");
    const otherOrganisation = await createOrganisation({ db, actor: otherUser }, { name: "Elsewhere" });
    other = await resolveOrgAccess(db, otherUser, otherOrganisation.slug, "model:edit");
    await importModel(other, example);
  });

  it("lets a head enter, change and remove their KPI's readings, and shows bunching just past the target", async () => {
    const values = [299, 297, 296, 298, 295, 299, 294, 298, 297, 303, 299, 296];
    for (const [i, value] of values.entries())
      await addKpiReading(head, "aht", { period: `2026-${String(i + 1).padStart(2, "0")}`, value, target: 300 });
    let view = await getKpiReadings(head, "aht");
    expect(view.readings).toHaveLength(12);
    expect(view.signals?.bunching).toMatchObject({ flagged: true, evidence: { justMet: 11, justMissed: 1 } });

    const twice = await refusal(addKpiReading(head, "aht", { period: "2026-01", value: 1 }));
    expect([twice.status, twice.field]).toEqual([400, "period"]);
    const first = view.readings[0]!;
    await updateKpiReading(head, "aht", first.id, {
      period: "2026-01",
      value: 320,
      target: 300,
      department: "contact",
    });
    await removeKpiReading(head, "aht", view.readings[1]!.id);
    view = await getKpiReadings(head, "aht");
    expect(view.readings.find((r) => r.id === first.id)).toMatchObject({ value: 320, department: { key: "contact" } });
    expect(view.readings).toHaveLength(11);
    expect((await exportModel(owner)).kpiReadings).toContainEqual({
      kpi: "aht",
      period: "2026-01",
      value: 320,
      target: 300,
      department: "contact",
    });
  });

  it("refuses a head outside their departments, another organisation's reading and KPI", async () => {
    expect((await refusal(addKpiReading(head, "cost-per-claim", { period: "2026-01", value: 1 }))).status).toBe(403);
    expect(
      (await refusal(addKpiReading(head, "aht", { period: "2026-01", value: 1, department: "claims" }))).status,
    ).toBe(403);
    const { id } = await addKpiReading(other, "aht", { period: "2026-01", value: 1 });
    expect((await refusal(removeKpiReading(owner, "aht", id))).status).toBe(404);
    expect((await refusal(updateKpiReading(owner, "aht", id, { period: "2026-02", value: 2 }))).status).toBe(404);
    expect((await refusal(addKpiReading(owner, "no-such-kpi", { period: "2026-01", value: 1 }))).status).toBe(404);
    expect((await exportModel(other)).kpiReadings).toEqual([{ kpi: "aht", period: "2026-01", value: 1 }]);
  });

  it("imports a CSV by key or name, merging by KPI, month and department, or replacing all", async () => {
    await addKpiReading(owner, "aht", { period: "2026-01", value: 310, target: 300 });
    await addKpiReading(owner, "fcr", { period: "2025-12", value: 0.7 });
    const merged = await importReadingsCsv(
      owner,
      "merge",
      "kpi,period,value,target,department\naht,2026-01,299,300,\nAverage handle time,2026-02,298.5,300,\nfcr,2026-01,0.71,,Contact centre\n",
    );
    expect(merged).toEqual({ imported: 3, replaced: 1, removed: 0 });
    expect((await exportModel(owner)).kpiReadings).toEqual([
      { kpi: "aht", period: "2026-01", value: 299, target: 300 },
      { kpi: "aht", period: "2026-02", value: 298.5, target: 300 },
      { kpi: "fcr", period: "2025-12", value: 0.7 },
      { kpi: "fcr", period: "2026-01", value: 0.71, department: "contact" },
    ]);
    const replaced = await importReadingsCsv(owner, "replace", "kpi,period,value\nfcr,2026-03,0.75\n");
    expect(replaced).toEqual({ imported: 1, replaced: 0, removed: 4 });
    expect((await exportModel(owner)).kpiReadings).toEqual([{ kpi: "fcr", period: "2026-03", value: 0.75 }]);
    expect((await exportModel(other)).kpiReadings).toBeUndefined();
  });

  it("refuses the whole CSV on one bad row, with every problem's line and the value found, and writes nothing", async () => {
    await addKpiReading(owner, "aht", { period: "2026-01", value: 310 });
    const error = await refusal(
      importReadingsCsv(
        owner,
        "replace",
        'kpi,period,value,target,department\naht,2026-02,299,300,\n\n"fcr",2026-13,0.7,,\nghost,2026-02,1,,\naht,2026-03,1\u00a02,,\n',
      ),
    );
    expect(error.status).toBe(400);
    expect(error.message).toContain("Nothing was imported");
    const errors = (error.extensions as { errors: { line: number; column: string; message: string }[] }).errors;
    expect(errors).toEqual([
      { line: 4, column: "period", message: '"2026-13" is not a month as YYYY-MM' },
      { line: 5, column: "kpi", message: 'no KPI with key or name "ghost"' },
      { line: 6, column: "value", message: '"1\u00a02" is not a number (use a dot for decimals)' },
    ]);
    expect((await exportModel(owner)).kpiReadings).toEqual([{ kpi: "aht", period: "2026-01", value: 310 }]);
    expect((await refusal(importReadingsCsv(head, "merge", "kpi,period,value\naht,2026-02,1\n"))).status).toBe(403);
  });
});
