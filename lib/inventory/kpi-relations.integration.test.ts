import { beforeEach, expect, it } from "vitest";
import { exportModel } from "@/lib/model/export-model";
import { importModel } from "@/lib/model/import-model";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { resolveOrgAccess, type OrgAccess } from "@/lib/access/org-access";
import { exampleModel } from "@/lib/test-support/example-model";
import { refusal } from "@/lib/test-support/expectations";
import { joinOrganisation, makeUser } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { addKpiCounter } from "./add-kpi-counter";
import { addKpiLink } from "./add-kpi-link";
import { removeKpiCounter } from "./remove-kpi-counter";
import { removeKpiLink } from "./remove-kpi-link";

const example = exampleModel();

describeOnEachDatabase("KPI counters and links", (use) => {
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
    await importModel(other, {
      ...example,
      kpis: [...example.kpis, { ...example.kpis[0]!, key: "secret-kpi", name: "Their secret" }],
    });
  });

  it("lets a head add and remove a counter and links of their department's KPI, audited and exported", async () => {
    const { db } = use();
    await addKpiCounter(head, "aht", { counter: "fcr" });
    await addKpiLink(head, "aht", { to: "cost-per-claim", effect: "reinforces" });
    let model = await exportModel(owner);
    expect(model.kpis.find((k) => k.key === "aht")?.counters).toEqual(["fcr"]);
    expect(model.kpiLinks).toContainEqual({ from: "aht", to: "cost-per-claim", effect: "reinforces" });

    await removeKpiCounter(head, "aht", "fcr");
    await removeKpiLink(head, "aht", "fcr");
    model = await exportModel(owner);
    expect(model.kpis.find((k) => k.key === "aht")?.counters).toBeUndefined();
    expect(model.kpiLinks).not.toContainEqual(expect.objectContaining({ from: "aht", to: "fcr" }));

    const actions = (
      await db.auditEvent.findMany({
        where: { organisationId: owner.organisation.id, action: { startsWith: "kpi." } },
        orderBy: { at: "asc" },
      })
    ).map((e) => [e.action, e.summary]);
    expect(actions).toEqual([
      ["kpi.counter-added", "“First contact resolution” now counters “Average handle time”"],
      ["kpi.link-added", "“Average handle time” reinforces “Cost per claim”"],
      ["kpi.counter-removed", "“First contact resolution” no longer counters “Average handle time”"],
      ["kpi.link-removed", "“Average handle time” is no longer linked to “First contact resolution”"],
    ]);
  });

  it("refuses itself, duplicates and unknown KPIs with the field and the value found", async () => {
    const self = await refusal(addKpiCounter(owner, "aht", { counter: "aht" }));
    expect([self.status, self.field]).toEqual([400, "counter"]);
    expect(self.message).toContain('"aht"');
    const selfLink = await refusal(addKpiLink(owner, "fcr", { to: "fcr", effect: "reinforces" }));
    expect([selfLink.status, selfLink.field]).toEqual([400, "to"]);
    // In the example, aht already counters fcr and aht → fcr is already a link.
    const duplicateCounter = await refusal(addKpiCounter(owner, "fcr", { counter: "aht" }));
    expect([duplicateCounter.status, duplicateCounter.field]).toEqual([400, "counter"]);
    expect(duplicateCounter.message).toContain("already counters");
    const duplicateLink = await refusal(addKpiLink(owner, "aht", { to: "fcr", effect: "reinforces" }));
    expect([duplicateLink.status, duplicateLink.field]).toEqual([400, "to"]);
    const unknown = await refusal(addKpiCounter(owner, "aht", { counter: "nope" }));
    expect([unknown.status, unknown.field, unknown.message]).toEqual([400, "counter", 'No KPI with key "nope".']);
    expect((await refusal(removeKpiCounter(owner, "aht", "cost-per-claim"))).status).toBe(404);
  });

  it("refuses another organisation's KPIs and a head outside their departments", async () => {
    // Another organisation's KPI, named as the counter or link target: not found here.
    const counter = await refusal(addKpiCounter(owner, "aht", { counter: "secret-kpi" }));
    expect([counter.status, counter.field]).toEqual([400, "counter"]);
    const link = await refusal(addKpiLink(owner, "aht", { to: "secret-kpi", effect: "trades-off" }));
    expect([link.status, link.field]).toEqual([400, "to"]);
    // …or as the KPI whose counters change: 404, and their KPI is untouched.
    expect((await refusal(addKpiCounter(owner, "secret-kpi", { counter: "aht" }))).status).toBe(404);
    expect((await refusal(removeKpiLink(owner, "secret-kpi", "aht"))).status).toBe(404);
    expect((await exportModel(other)).kpis.find((k) => k.key === "secret-kpi")?.counters).toBeUndefined();

    // A contact-centre head may not change the claims department's KPI.
    expect((await refusal(addKpiCounter(head, "cost-per-claim", { counter: "fcr" }))).status).toBe(403);
    expect((await refusal(addKpiLink(head, "cost-per-claim", { to: "aht", effect: "trades-off" }))).status).toBe(403);
    expect((await refusal(removeKpiLink(head, "cost-per-claim", "fcr"))).status).toBe(403);
    expect((await refusal(removeKpiCounter(head, "cost-per-claim", "fcr"))).status).toBe(403);
  });
});
