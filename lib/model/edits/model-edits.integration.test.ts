import { beforeEach, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { getLexicon } from "@/lib/language/get-lexicon";
import { importStructureCsv } from "@/lib/model/csv/import-structure-csv";
import { exportModel } from "@/lib/model/export-model";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { resolveOrgAccess, type OrgAccess } from "@/lib/access/org-access";
import { joinOrganisation, makeUser } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { applyModelEdit } from "./apply-model-edit";

describeOnEachDatabase("model setup edits and CSV", (use) => {
  let access: OrgAccess;
  beforeEach(async () => {
    const { db } = use();
    const owner = await makeUser(db, "Setup Owner");
    const organisation = await createOrganisation({ db, actor: owner }, { name: "Setup Co" });
    access = await resolveOrgAccess(db, owner, organisation.slug, "model:edit");
  });

  it("builds a small model step by step: template stages, renamed and reordered; departments, roles, touchpoints, objectives", async () => {
    await applyModelEdit(access, { op: "applyStageTemplate" });
    await applyModelEdit(access, { op: "renameStage", key: "get-help", name: "Make a claim" });
    await applyModelEdit(access, { op: "moveStage", key: "pay", direction: "earlier" });
    const { key: service } = await applyModelEdit(access, { op: "addDepartment", name: "Customer service" });
    const { key: contact } = await applyModelEdit(access, {
      op: "addDepartment",
      name: "Contact centre",
      parent: service,
    });
    const { key: agent } = await applyModelEdit(access, {
      op: "addRole",
      name: "Agent",
      department: contact!,
      customerFacing: true,
      headcount: 12,
    });
    await applyModelEdit(access, { op: "setTouchpoint", role: agent!, stage: "get-help", on: true });
    await applyModelEdit(access, { op: "setTouchpoint", role: agent!, stage: "buy", on: true });
    await applyModelEdit(access, { op: "setTouchpoint", role: agent!, stage: "buy", on: false });
    await applyModelEdit(access, { op: "addObjective", name: "Retain 5% more customers" });
    const model = await exportModel(access);
    expect(model.stages.map((s) => s.name)).toEqual([
      "Discover",
      "Buy",
      "Onboard",
      "Use",
      "Pay",
      "Make a claim",
      "Renew or leave",
    ]);
    expect(model.departments).toEqual([
      { key: "contact-centre", name: "Contact centre", parent: "customer-service" },
      { key: "customer-service", name: "Customer service" },
    ]);
    expect(model.roles).toEqual([
      { key: "agent", name: "Agent", department: "contact-centre", customerFacing: true, headcount: 12 },
    ]);
    expect(model.touchpoints).toEqual([{ role: "agent", stage: "get-help" }]);
    expect(model.objectives).toEqual([{ key: "retain-5-more-customers", name: "Retain 5% more customers" }]);
    const { db } = use();
    expect(
      await db.auditEvent.count({
        where: { organisationId: access.organisation.id, action: { startsWith: "model." } },
      }),
    ).toBe(10);
  });

  it("refuses a second template and unknown references, and only owners may edit", async () => {
    const { db } = use();
    await applyModelEdit(access, { op: "applyStageTemplate" });
    const twice = await applyModelEdit(access, { op: "applyStageTemplate" }).catch((e: unknown) => e);
    expect((twice as AppError).status).toBe(409);
    const unknown = await applyModelEdit(access, {
      op: "addRole",
      name: "Ghost",
      department: "nowhere",
      customerFacing: false,
    }).catch((e: unknown) => e);
    expect([(unknown as AppError).status, (unknown as AppError).field]).toEqual([400, "department"]);
    const viewer = await makeUser(db, "Viewer");
    await joinOrganisation(access, viewer, "viewer", []);
    const viewerAccess = await resolveOrgAccess(db, viewer, access.organisation.slug, "organisation:read");
    expect(
      ((await applyModelEdit(viewerAccess, { op: "addObjective", name: "Nope" }).catch((e: unknown) => e)) as AppError)
        .status,
    ).toBe(403);
  });

  it("renames departments and roles, and removes them only when nothing depends on them", async () => {
    const { key: ops } = await applyModelEdit(access, { op: "addDepartment", name: "Ops" });
    const { key: empty } = await applyModelEdit(access, { op: "addDepartment", name: "Empty" });
    const { key: role } = await applyModelEdit(access, {
      op: "addRole",
      name: "Planner",
      department: ops!,
      customerFacing: false,
    });
    await applyModelEdit(access, { op: "renameDepartment", key: ops!, name: "Operations" });
    await applyModelEdit(access, { op: "renameRole", key: role!, name: "Route planner" });
    const busy = (await applyModelEdit(access, { op: "removeDepartment", key: ops! }).catch(
      (e: unknown) => e,
    )) as AppError;
    expect(busy.status).toBe(409);
    await applyModelEdit(access, { op: "removeDepartment", key: empty! });
    await applyModelEdit(access, { op: "removeRole", key: role! });
    await applyModelEdit(access, { op: "removeDepartment", key: ops! });
    const model = await exportModel(access);
    expect([model.departments, model.roles]).toEqual([[], []]);
  });

  it("edits the lexicon, starting from the shipped defaults", async () => {
    const before = await getLexicon(access);
    const duplicate = (await applyModelEdit(access, {
      op: "addLexiconTerm",
      term: "Service Users",
      plainer: "customers",
    }).catch((e: unknown) => e)) as AppError;
    expect([duplicate.status, duplicate.field]).toEqual([409, "term"]);
    await applyModelEdit(access, { op: "addLexiconTerm", term: "the insured", plainer: "the customer, by name" });
    await applyModelEdit(access, { op: "removeLexiconTerm", term: "footfall" });
    const after = (await getLexicon(access)).map((t) => t.term);
    expect(after).toContain("the insured");
    expect(after).not.toContain("footfall");
    expect(after.length).toBe(before.length);
  });

  it("imports departments then roles from CSV, updating by key, all or nothing", async () => {
    expect(
      await importStructureCsv(access, "departments", "key,name,parent\nops,Operations,\nlogistics,Logistics,ops\n"),
    ).toEqual({ created: 2, updated: 0 });
    expect(
      await importStructureCsv(
        access,
        "roles",
        "key,name,department,customerFacing,headcount\ndriver,Driver,logistics,yes,30\n",
      ),
    ).toEqual({ created: 1, updated: 0 });
    expect(
      await importStructureCsv(
        access,
        "roles",
        "key,name,department,customerFacing,headcount\ndriver,Delivery driver,logistics,yes,32\n",
      ),
    ).toEqual({ created: 0, updated: 1 });
    const refused = (await importStructureCsv(
      access,
      "roles",
      "key,name,department,customerFacing\nplanner,Planner,ops,no\nghost,Ghost,nowhere,no\n",
    ).catch((e: unknown) => e)) as AppError;
    expect(refused.status).toBe(400);
    expect(refused.extensions?.errors).toEqual([
      { line: 3, column: "department", message: 'no department with key "nowhere"' },
    ]);
    const model = await exportModel(access);
    expect(model.roles).toEqual([
      { key: "driver", name: "Delivery driver", department: "logistics", customerFacing: true, headcount: 32 },
    ]);
    expect(model.departments.find((d) => d.key === "logistics")?.parent).toBe("ops");
  });
});
