import { beforeEach, expect, it } from "vitest";
import { exportModel } from "@/lib/model/export-model";
import { importModel } from "@/lib/model/import-model";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { resolveOrgAccess, type OrgAccess } from "@/lib/access/org-access";
import { exampleModel } from "@/lib/test-support/example-model";
import { refusal } from "@/lib/test-support/expectations";
import { joinOrganisation, makeOwnedOrganisation, makeUser } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { removeInventoryItem } from "./remove-inventory-item";
import { renameInventoryItem } from "./rename-inventory-item";

describeOnEachDatabase("removing and renaming KPIs, processes and systems", (use) => {
  let owner: OrgAccess;
  let head: OrgAccess;

  beforeEach(async () => {
    const { db } = use();
    const ownerUser = await makeUser(db, "Owner");
    const organisation = await createOrganisation({ db, actor: ownerUser }, { name: "Harbour" });
    owner = await resolveOrgAccess(db, ownerUser, organisation.slug, "model:edit");
    await importModel(owner, exampleModel());
    const contact = await db.department.findFirstOrThrow({
      where: { organisationId: organisation.id, key: "contact" },
    });
    const headUser = await makeUser(db, "Head");
    await joinOrganisation(owner, headUser, "department_head", [contact.id]);
    head = await resolveOrgAccess(db, headUser, organisation.slug, "organisation:read");
  });

  it("removes a KPI with its influences — and the findings they made — and audits what went", async () => {
    const { db } = use();
    expect((await exportModel(owner)).influences.some((i) => i.from === "kpi:aht")).toBe(true);
    expect(await removeInventoryItem(head, "kpi", "aht")).toEqual({ influencesRemoved: 1 });
    const model = await exportModel(owner);
    expect(model.kpis.map((k) => k.key)).not.toContain("aht");
    expect(model.influences.some((i) => i.from === "kpi:aht")).toBe(false);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { organisationId: owner.organisation.id, action: "kpi.removed" },
    });
    expect(audit.summary).toMatch(/^Removed the KPI “.+” and its 1 influence$/);
  });

  it("takes a removed KPI out of other KPIs' counters and out of every KPI link, leaving the rest", async () => {
    const { db } = use();
    // The example: fcr is countered by aht; aht → fcr and cost-per-claim → fcr trade off; fcr → cost-per-claim reinforces.
    await removeInventoryItem(owner, "kpi", "aht");
    let model = await exportModel(owner);
    expect(model.kpis.find((k) => k.key === "fcr")?.counters).toBeUndefined();
    expect(model.kpiLinks).toEqual([
      { from: "cost-per-claim", to: "fcr", effect: "trades-off" },
      { from: "fcr", to: "cost-per-claim", effect: "reinforces" },
    ]);
    await removeInventoryItem(owner, "kpi", "fcr");
    model = await exportModel(owner);
    expect(model.kpiLinks).toBeUndefined();
    const organisationId = owner.organisation.id;
    expect(await db.kpiLink.count({ where: { organisationId } })).toBe(0);
    expect(await db.kpiCounter.count({ where: { kpi: { organisationId } } })).toBe(0);
  });

  it("renames and removes a process and a system; their keys and influences stay until they go", async () => {
    await renameInventoryItem(owner, "process", "claim-triage", "Claim triage by severity");
    await renameInventoryItem(owner, "system", "crm", "Customer records");
    let model = await exportModel(owner);
    expect(model.processes.find((p) => p.key === "claim-triage")?.name).toBe("Claim triage by severity");
    expect(model.systems.find((s) => s.key === "crm")?.name).toBe("Customer records");
    expect(model.influences.some((i) => i.from === "system:crm")).toBe(true);
    await removeInventoryItem(owner, "process", "claim-triage");
    await removeInventoryItem(owner, "system", "crm");
    model = await exportModel(owner);
    expect(model.processes).toEqual([]);
    expect(model.systems).toEqual([]);
    expect(model.influences.some((i) => /^(process|system):/.test(i.from))).toBe(false);
  });

  it("refuses other departments' items to a head, systems to a head, another organisation, and unknown keys", async () => {
    const { db } = use();
    expect((await refusal(removeInventoryItem(head, "kpi", "cost-per-claim"))).status).toBe(403);
    expect((await refusal(removeInventoryItem(head, "process", "claim-triage"))).status).toBe(403);
    expect((await refusal(renameInventoryItem(head, "system", "crm", "Mine"))).status).toBe(403);
    const outsider = await makeOwnedOrganisation(db, "Other Co", "Other");
    expect((await refusal(removeInventoryItem(outsider, "kpi", "aht"))).status).toBe(404);
    expect((await refusal(removeInventoryItem(owner, "kpi", "no-such-kpi"))).status).toBe(404);
    // Nothing of it was removed.
    expect((await exportModel(owner)).kpis.map((k) => k.key)).toEqual(
      expect.arrayContaining(["aht", "cost-per-claim"]),
    );
  });
});
