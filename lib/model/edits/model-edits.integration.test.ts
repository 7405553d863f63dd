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

  it("edits the lexicon, starting from the words of the organisation's industry (general here)", async () => {
    const before = await getLexicon(access);
    const duplicate = (await applyModelEdit(access, {
      op: "addLexiconTerm",
      term: "End Users",
      plainer: "customers",
    }).catch((e: unknown) => e)) as AppError;
    expect([duplicate.status, duplicate.field]).toEqual([409, "term"]);
    await applyModelEdit(access, { op: "addLexiconTerm", term: "the insured", plainer: "the customer, by name" });
    await applyModelEdit(access, { op: "removeLexiconTerm", term: "failure demand" });
    const after = (await getLexicon(access)).map((t) => t.term);
    expect(after).toContain("the insured");
    expect(after).not.toContain("failure demand");
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

  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (e: unknown) => e as AppError,
    );

  it("refuses a second department, role (in one department) or stage of the same name, writing nothing", async () => {
    const { db } = use();
    const where = { organisationId: access.organisation.id };
    const { key: billing } = await applyModelEdit(access, { op: "addDepartment", name: "Billing" });
    const { key: sales } = await applyModelEdit(access, { op: "addDepartment", name: "Sales" });
    await applyModelEdit(access, { op: "addRole", name: "Clerk", department: billing!, customerFacing: false });
    await applyModelEdit(access, { op: "addStage", name: "Pay" });
    const { key: buy } = await applyModelEdit(access, { op: "addStage", name: "Buy" });
    const audited = await db.auditEvent.count({ where });

    const department = await refusal(applyModelEdit(access, { op: "addDepartment", name: " billing " }));
    expect([department?.status, department?.field, department?.message]).toEqual([
      409,
      "name",
      'There is already a department named "billing".',
    ]);
    const renamed = await refusal(applyModelEdit(access, { op: "renameDepartment", key: sales!, name: "BILLING" }));
    expect([renamed?.field, renamed?.message]).toEqual(["name", 'There is already a department named "BILLING".']);
    const role = await refusal(
      applyModelEdit(access, { op: "addRole", name: "clerk", department: billing!, customerFacing: true }),
    );
    expect([role?.status, role?.field, role?.message]).toEqual([
      409,
      "name",
      'There is already a role in Billing named "clerk".',
    ]);
    const stage = await refusal(applyModelEdit(access, { op: "renameStage", key: buy!, name: "pay" }));
    expect([stage?.status, stage?.field, stage?.message]).toEqual([
      409,
      "name",
      'There is already a stage named "pay".',
    ]);
    expect(await refusal(applyModelEdit(access, { op: "addStage", name: "PAY" }))).toMatchObject({ field: "name" });

    // The same role name in another department, and a rename to its own name in other case, are fine.
    await applyModelEdit(access, { op: "addRole", name: "Clerk", department: sales!, customerFacing: false });
    await applyModelEdit(access, { op: "renameDepartment", key: billing!, name: "billing" });
    const model = await exportModel(access);
    expect(model.departments.map((d) => d.name)).toEqual(["billing", "Sales"]);
    expect(model.stages.map((s) => s.name)).toEqual(["Pay", "Buy"]);
    expect(await db.auditEvent.count({ where })).toBe(audited + 2);
  });

  it("moves a role to another department with its behaviours and touchpoints, and changes its headcount and kind", async () => {
    const { db } = use();
    await applyModelEdit(access, { op: "addStage", name: "Pay" });
    const { key: billing } = await applyModelEdit(access, { op: "addDepartment", name: "Billing" });
    const { key: service } = await applyModelEdit(access, { op: "addDepartment", name: "Service" });
    const { key: clerk } = await applyModelEdit(access, {
      op: "addRole",
      name: "Clerk",
      department: billing!,
      customerFacing: false,
      headcount: 4,
    });
    await applyModelEdit(access, { op: "setTouchpoint", role: clerk!, stage: "pay", on: true });
    const role = await db.role.findFirstOrThrow({ where: { organisationId: access.organisation.id, key: clerk } });
    const stage = await db.stage.findFirstOrThrow({ where: { organisationId: access.organisation.id, key: "pay" } });
    await db.behaviour.create({
      data: {
        organisationId: access.organisation.id,
        key: "explains-the-bill",
        roleId: role.id,
        stageId: stage.id,
        action: "Explains the bill line by line",
      },
    });

    await applyModelEdit(access, {
      op: "updateRole",
      key: clerk!,
      department: service!,
      headcount: 6,
      customerFacing: true,
    });
    const model = await exportModel(access);
    expect(model.roles).toEqual([
      { key: "clerk", name: "Clerk", department: "service", customerFacing: true, headcount: 6 },
    ]);
    expect(model.touchpoints).toEqual([{ role: "clerk", stage: "pay" }]);
    expect(await db.behaviour.count({ where: { roleId: role.id } })).toBe(1);
    await applyModelEdit(access, { op: "updateRole", key: clerk!, headcount: null });
    expect((await exportModel(access)).roles[0]).toEqual({
      key: "clerk",
      name: "Clerk",
      department: "service",
      customerFacing: true,
    });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { organisationId: access.organisation.id, action: "model.updateRole" },
      orderBy: { at: "asc" },
    });
    expect(audit.summary).toBe("The role “Clerk”: moved from Billing to Service; headcount 4 → 6; now customer-facing");

    // Moving into a department that already has a role of that name is refused on the department.
    await applyModelEdit(access, { op: "addRole", name: "clerk", department: billing!, customerFacing: false });
    const clash = await refusal(applyModelEdit(access, { op: "updateRole", key: clerk!, department: billing! }));
    expect([clash?.status, clash?.field, clash?.message]).toEqual([
      409,
      "department",
      'Billing already has a role named "Clerk".',
    ]);
    const nowhere = await refusal(applyModelEdit(access, { op: "updateRole", key: clerk!, department: "nowhere" }));
    expect([nowhere?.status, nowhere?.field]).toEqual([400, "department"]);
  });

  it("moves a department under another or to the top, refusing loops and unknown parents", async () => {
    const { db } = use();
    const { key: service } = await applyModelEdit(access, { op: "addDepartment", name: "Customer service" });
    const { key: contact } = await applyModelEdit(access, {
      op: "addDepartment",
      name: "Contact centre",
      parent: service,
    });
    const { key: nights } = await applyModelEdit(access, { op: "addDepartment", name: "Night shift", parent: contact });
    const { key: sales } = await applyModelEdit(access, { op: "addDepartment", name: "Sales" });
    const audited = await db.auditEvent.count({ where: { organisationId: access.organisation.id } });

    const loop = await refusal(applyModelEdit(access, { op: "moveDepartment", key: service!, parent: nights! }));
    expect([loop?.status, loop?.field, loop?.message]).toEqual([
      400,
      "parent",
      "“Customer service” cannot go inside “Night shift”, because “Night shift” is already inside “Customer service”.",
    ]);
    const itself = await refusal(applyModelEdit(access, { op: "moveDepartment", key: sales!, parent: sales! }));
    expect([itself?.field, itself?.message]).toEqual(["parent", "“Sales” cannot go inside itself."]);
    const unknown = await refusal(applyModelEdit(access, { op: "moveDepartment", key: sales!, parent: "nowhere" }));
    expect([unknown?.status, unknown?.field, unknown?.message]).toEqual([
      400,
      "parent",
      'No department with key "nowhere".',
    ]);
    expect(await db.auditEvent.count({ where: { organisationId: access.organisation.id } })).toBe(audited);

    await applyModelEdit(access, { op: "moveDepartment", key: contact!, parent: sales! });
    await applyModelEdit(access, { op: "moveDepartment", key: nights!, parent: null });
    const parents = Object.fromEntries((await exportModel(access)).departments.map((d) => [d.key, d.parent ?? null]));
    expect(parents).toEqual({ [service!]: null, [contact!]: sales, [nights!]: null, [sales!]: null });
  });

  it("lets a head change only the roles of departments they lead, moving them only between those", async () => {
    const { db } = use();
    const { key: service } = await applyModelEdit(access, { op: "addDepartment", name: "Service" });
    const { key: contact } = await applyModelEdit(access, { op: "addDepartment", name: "Contact", parent: service });
    const { key: billing } = await applyModelEdit(access, { op: "addDepartment", name: "Billing" });
    const { key: agent } = await applyModelEdit(access, {
      op: "addRole",
      name: "Agent",
      department: service!,
      customerFacing: true,
    });
    const { key: clerk } = await applyModelEdit(access, {
      op: "addRole",
      name: "Clerk",
      department: billing!,
      customerFacing: false,
    });
    const serviceId = (
      await db.department.findFirstOrThrow({ where: { organisationId: access.organisation.id, key: service } })
    ).id;
    const head = await makeUser(db, "Service Head");
    await joinOrganisation(access, head, "department_head", [serviceId]);
    const headAccess = await resolveOrgAccess(db, head, access.organisation.slug, "model:edit-department");

    await applyModelEdit(headAccess, { op: "updateRole", key: agent!, department: contact!, headcount: 9 });
    const into = await refusal(applyModelEdit(headAccess, { op: "updateRole", key: agent!, department: billing! }));
    expect(into?.status).toBe(403);
    expect(into?.message).toContain("you do not lead Billing");
    const outOf = await refusal(applyModelEdit(headAccess, { op: "updateRole", key: clerk!, headcount: 1 }));
    expect(outOf?.status).toBe(403);
    // Everything else in the set-up stays with the owners (renaming a role of theirs: see list-roles-in-reach).
    const other = await refusal(applyModelEdit(headAccess, { op: "removeRole", key: agent! }));
    expect(other?.status).toBe(403);
    expect((await exportModel(access)).roles).toEqual([
      { key: "agent", name: "Agent", department: contact, customerFacing: true, headcount: 9 },
      { key: "clerk", name: "Clerk", department: billing, customerFacing: false },
    ]);
  });

  it("lets only one of two simultaneous same-name departments in", async () => {
    const results = await Promise.allSettled([
      applyModelEdit(access, { op: "addDepartment", name: "Billing" }),
      applyModelEdit(access, { op: "addDepartment", name: "billing" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((await exportModel(access)).departments).toHaveLength(1);
  });
});
