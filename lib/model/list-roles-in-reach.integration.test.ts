import { beforeEach, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { exportModel } from "@/lib/model/export-model";
import { applyModelEdit } from "@/lib/model/edits/apply-model-edit";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { resolveOrgAccess, type OrgAccess } from "@/lib/access/org-access";
import { joinOrganisation, makeUser } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { listRolesInReach } from "./list-roles-in-reach";

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => (error instanceof AppError ? error : undefined),
  );

describeOnEachDatabase("roles in a member's departments", (use) => {
  let owner: OrgAccess;
  let keys: Record<string, string>;

  /** Service (with Contact and, below it, Nights) and Billing; a role in each, and an organisation beside it with the same keys. */
  beforeEach(async () => {
    const { db } = use();
    const user = await makeUser(db, "Roles Owner");
    const organisation = await createOrganisation({ db, actor: user }, { name: "Roles Co" });
    owner = await resolveOrgAccess(db, user, organisation.slug, "model:edit");
    const add = async (name: string, parent?: string) =>
      (await applyModelEdit(owner, { op: "addDepartment", name, parent })).key!;
    const service = await add("Service");
    const contact = await add("Contact", service);
    const nights = await add("Nights", contact);
    const billing = await add("Billing");
    const role = async (name: string, department: string, headcount?: number) =>
      (await applyModelEdit(owner, { op: "addRole", name, department, customerFacing: true, headcount })).key!;
    keys = {
      service,
      contact,
      nights,
      billing,
      agent: await role("Agent", contact, 12),
      lead: await role("Team lead", service),
      clerk: await role("Clerk", billing, 3),
    };
  });

  async function headOf(departmentKey: string, access = owner) {
    const { db } = use();
    const department = await db.department.findFirstOrThrow({
      where: { organisationId: access.organisation.id, key: departmentKey },
    });
    const head = await makeUser(db, `Head of ${department.name}`);
    await joinOrganisation(access, head, "department_head", [department.id]);
    return resolveOrgAccess(db, head, access.organisation.slug, "model:edit-department");
  }

  it("gives an owner every department, parents before their sub-departments, each with its depth", async () => {
    const { everywhere, departments } = await listRolesInReach(owner);
    expect(everywhere).toBe(true);
    expect(departments.map((d) => [d.name, d.depth, d.roles.map((r) => r.name)])).toEqual([
      ["Billing", 0, ["Clerk"]],
      ["Service", 0, ["Team lead"]],
      ["Contact", 1, ["Agent"]],
      ["Nights", 2, []],
    ]);
    expect(departments[2]!.roles[0]).toEqual({
      key: keys.agent,
      name: "Agent",
      department: keys.contact,
      headcount: 12,
      customerFacing: true,
    });
  });

  it("gives a head only their departments and those below them, their own at the top", async () => {
    const head = await headOf(keys.contact!);
    const { everywhere, departments } = await listRolesInReach(head);
    expect(everywhere).toBe(false);
    expect(departments.map((d) => [d.name, d.depth, d.roles.map((r) => r.name)])).toEqual([
      ["Contact", 0, ["Agent"]],
      ["Nights", 1, []],
    ]);
  });

  it("lets a head move and rename a role within their departments and refuses moving it out, or touching a role outside", async () => {
    const head = await headOf(keys.contact!);
    await applyModelEdit(head, { op: "updateRole", key: keys.agent!, department: keys.nights, headcount: 8 });
    const nights = (await listRolesInReach(head)).departments.find((d) => d.key === keys.nights)!;
    expect(nights.roles.map((r) => [r.name, r.headcount])).toEqual([["Agent", 8]]);

    // Out of reach: up to the parent they do not lead, across to Billing, or a role of another department.
    const up = await refusal(applyModelEdit(head, { op: "updateRole", key: keys.agent!, department: keys.service }));
    expect(up?.status).toBe(403);
    const across = await refusal(
      applyModelEdit(head, { op: "updateRole", key: keys.agent!, department: keys.billing }),
    );
    expect(across?.status).toBe(403);
    const outside = await refusal(applyModelEdit(head, { op: "updateRole", key: keys.clerk!, headcount: 1 }));
    expect(outside?.status).toBe(403);
    // Renaming follows the same reach: a role of theirs, yes (its key stays); Billing's clerk, no.
    await applyModelEdit(head, { op: "renameRole", key: keys.agent!, name: "Night agent" });
    const rename = await refusal(applyModelEdit(head, { op: "renameRole", key: keys.clerk!, name: "Payer" }));
    expect(rename?.status).toBe(403);
    expect(rename?.message).toContain("Clerk is in Billing");
    const roles = (await exportModel(owner)).roles.map((r) => [r.name, r.department, r.headcount]);
    expect(roles).toEqual([
      ["Night agent", keys.nights, 8],
      ["Clerk", keys.billing, 3],
      ["Team lead", keys.service, undefined],
    ]);
  });

  it("is refused to a viewer and an executive, who read roles on the model page", async () => {
    const { db } = use();
    for (const role of ["viewer", "executive"] as const) {
      const member = await makeUser(db, `A ${role}`);
      await joinOrganisation(owner, member, role);
      const access = await resolveOrgAccess(db, member, owner.organisation.slug, "organisation:read");
      expect((await refusal(listRolesInReach(access)))?.status).toBe(403);
    }
  });

  it("keeps organisations apart: the same department keys elsewhere give nothing of this one, and no way in", async () => {
    const { db } = use();
    const user = await makeUser(db, "Other Owner");
    const other = await createOrganisation({ db, actor: user }, { name: "Other Co" });
    const otherOwner = await resolveOrgAccess(db, user, other.slug, "model:edit");
    const service = (await applyModelEdit(otherOwner, { op: "addDepartment", name: "Service" })).key!;
    expect(service).toBe(keys.service);
    await applyModelEdit(otherOwner, { op: "addRole", name: "Greeter", department: service, customerFacing: true });
    const otherHead = await headOf(service, otherOwner);

    const { departments } = await listRolesInReach(otherHead);
    expect(departments.map((d) => [d.name, d.roles.map((r) => r.name)])).toEqual([["Service", ["Greeter"]]]);
    // This organisation's role keys are unknown there; and this organisation is not theirs to open.
    const move = await refusal(applyModelEdit(otherHead, { op: "updateRole", key: keys.lead!, headcount: 1 }));
    expect(move?.status).toBe(400);
    const outsider = await refusal(
      resolveOrgAccess(db, otherHead.actor, owner.organisation.slug, "model:edit-department"),
    );
    expect(outsider?.status).toBe(404);
  });
});
