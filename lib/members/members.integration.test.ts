import { beforeEach, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { resolveOrgAccess, type Actor, type OrgAccess } from "@/lib/organisations/access";
import { listOrganisationsForUser } from "@/lib/organisations/list-organisations";
import { renameOrganisation } from "@/lib/organisations/rename-organisation";
import { refusal } from "@/lib/test-support/expectations";
import { makeUser } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { createAccount } from "@/lib/users/create-account";
import { addMember } from "./add-member";
import { changeMemberRole } from "./change-member-role";
import { listMembers } from "./list-members";
import { removeMember } from "./remove-member";

describeOnEachDatabase("organisations and members", (use) => {
  let owner: Actor;
  let access: OrgAccess;
  let contactCentre: string;

  beforeEach(async () => {
    const { db } = use();
    owner = await makeUser(db, "Olivia Owner");
    const organisation = await createOrganisation({ db, actor: owner }, { name: "Harbour Mutual" });
    contactCentre = (await db.department.create({ data: { organisationId: organisation.id, key: "contact", name: "Contact centre" } })).id;
    access = await resolveOrgAccess(db, owner, organisation.slug, "members:manage");
  });

  it("makes the creator the owner, gives each organisation its own slug, and audits the creation", async () => {
    const { db } = use();
    const again = await createOrganisation({ db, actor: owner }, { name: "Harbour Mutual" });
    expect(again.slug).not.toBe(access.organisation.slug);
    expect(again.slug.startsWith("harbour-mutual")).toBe(true);
    const mine = await listOrganisationsForUser({ db, actor: owner });
    expect(mine.filter((o) => o.name === "Harbour Mutual").every((o) => o.role === "owner")).toBe(true);
    const events = await listAuditEvents(access);
    expect(events.map((e) => e.action).sort()).toEqual(["member.added", "organisation.created"]);
  });

  it("adds an existing user with a role and audits who did it, with the state after", async () => {
    const { db } = use();
    const executive = await makeUser(db, "Eamon Exec");
    const result = await addMember(access, { email: executive.email, role: "executive", departmentIds: [] });
    expect(result.kind).toBe("added");
    const { members } = await listMembers(access);
    expect(members.find((m) => m.email === executive.email)?.role).toBe("executive");
    const [latest] = await listAuditEvents(access);
    expect(latest).toMatchObject({ action: "member.added", actorEmail: owner.email, after: { email: executive.email, role: "executive" } });
    await expect(resolveOrgAccess(db, executive, access.organisation.slug, "audit:read")).resolves.toBeTruthy();
  });

  it("refuses a second membership of the same person with 409 on the email field", async () => {
    const { db } = use();
    const viewer = await makeUser(db, "Victor");
    await addMember(access, { email: viewer.email, role: "viewer", departmentIds: [] });
    const error = await refusal(addMember(access, { email: viewer.email, role: "executive", departmentIds: [] }));
    expect([error.status, error.field]).toEqual([409, "email"]);
  });

  it("requires departments of this organisation for a department head, writing nothing otherwise", async () => {
    const { db } = use();
    const head = await makeUser(db, "Hanna Head");
    const none = await refusal(addMember(access, { email: head.email, role: "department_head", departmentIds: [] }));
    expect([none.status, none.field]).toEqual([400, "departmentIds"]);

    const other = await createOrganisation({ db, actor: owner }, { name: "Other Org" });
    const foreign = await db.department.create({ data: { organisationId: other.id, key: "x", name: "Foreign" } });
    const cross = await refusal(addMember(access, { email: head.email, role: "department_head", departmentIds: [foreign.id] }));
    expect([cross.status, cross.field]).toEqual([400, "departmentIds"]);
    expect((await listMembers(access)).members.map((m) => m.email)).not.toContain(head.email);

    await addMember(access, { email: head.email, role: "department_head", departmentIds: [contactCentre] });
    const member = (await listMembers(access)).members.find((m) => m.email === head.email);
    expect(member?.departments.map((d) => d.name)).toEqual(["Contact centre"]);
  });

  it("invites someone without an account; the link creates their account and membership once", async () => {
    const { db } = use();
    const result = await addMember(access, { email: "new.person@example.test", role: "department_head", departmentIds: [contactCentre] });
    if (result.kind !== "invited") throw new Error("expected an invitation");
    expect((await listMembers(access)).invitations.map((i) => i.email)).toEqual(["new.person@example.test"]);

    const wrongEmail = await refusal(createAccount(db, { name: "Someone", email: "someone.else@example.test", password: "long-enough-pw", invitation: result.token }));
    expect(wrongEmail.field).toBe("email");

    const created = await createAccount(db, { name: "New Person", email: "new.person@example.test", password: "long-enough-pw", invitation: result.token });
    expect(created.joinedOrganisation).toBe(access.organisation.slug);
    const member = (await listMembers(access)).members.find((m) => m.email === "new.person@example.test");
    expect(member).toMatchObject({ role: "department_head", departments: [{ name: "Contact centre" }] });
    expect((await listMembers(access)).invitations).toEqual([]);

    const reused = await refusal(createAccount(db, { name: "Again", email: "again@example.test", password: "long-enough-pw", invitation: result.token }));
    expect([reused.status, reused.field]).toEqual([400, "invitation"]);
  });

  it("changes a role with before and after in the audit log", async () => {
    const { db } = use();
    const person = await makeUser(db, "Pat");
    const added = await addMember(access, { email: person.email, role: "viewer", departmentIds: [] });
    if (added.kind !== "added") throw new Error("expected added");
    await changeMemberRole(access, added.membershipId, { role: "department_head", departmentIds: [contactCentre] });
    const [latest] = await listAuditEvents(access);
    expect(latest).toMatchObject({
      action: "member.role_changed",
      before: { role: "viewer", departments: [] },
      after: { role: "department_head", departments: ["Contact centre"] },
    });
  });

  it("never leaves an organisation without an owner", async () => {
    const ownMembership = access.membership.id;
    const demote = await refusal(changeMemberRole(access, ownMembership, { role: "viewer", departmentIds: [] }));
    expect(demote.status).toBe(409);
    const leave = await refusal(removeMember(access, ownMembership));
    expect(leave.status).toBe(409);
  });

  it("removes a member, who then cannot reach the organisation", async () => {
    const { db } = use();
    const person = await makeUser(db, "Leaving");
    const added = await addMember(access, { email: person.email, role: "executive", departmentIds: [] });
    if (added.kind !== "added") throw new Error("expected added");
    await removeMember(access, added.membershipId);
    const gone = await refusal(resolveOrgAccess(db, person, access.organisation.slug, "organisation:read"));
    expect(gone.status).toBe(404);
    const [latest] = await listAuditEvents(access);
    expect(latest).toMatchObject({ action: "member.removed", before: { email: person.email, role: "executive" } });
  });

  it("answers 404 to non-members and 403 to members whose role lacks the permission", async () => {
    const { db } = use();
    const stranger = await makeUser(db, "Stranger");
    expect((await refusal(resolveOrgAccess(db, stranger, access.organisation.slug, "organisation:read"))).status).toBe(404);
    expect((await refusal(resolveOrgAccess(db, stranger, "no-such-org", "organisation:read"))).status).toBe(404);
    const viewer = await makeUser(db, "Viewer");
    await addMember(access, { email: viewer.email, role: "viewer", departmentIds: [] });
    const viewerAccess = await resolveOrgAccess(db, viewer, access.organisation.slug, "organisation:read");
    expect((await refusal(addMember(viewerAccess, { email: "x@example.test", role: "owner", departmentIds: [] }))).status).toBe(403);
    expect((await refusal(listAuditEvents(viewerAccess))).status).toBe(403);
    expect((await refusal(renameOrganisation(viewerAccess, { name: "Hijacked" }))).status).toBe(403);
  });

  it("keeps each organisation's members, invitations and audit log to itself", async () => {
    const { db } = use();
    const otherOwner = await makeUser(db, "Other Owner");
    const other = await createOrganisation({ db, actor: otherOwner }, { name: "Northwind" });
    const otherAccess = await resolveOrgAccess(db, otherOwner, other.slug, "members:manage");
    await addMember(otherAccess, { email: "invitee@northwind.test", role: "viewer", departmentIds: [] });

    expect((await listMembers(access)).members.map((m) => m.email)).toEqual([owner.email]);
    expect((await listMembers(access)).invitations).toEqual([]);
    expect((await listAuditEvents(access)).every((e) => e.actorEmail === owner.email)).toBe(true);
    // A membership id of another organisation is "not found" here, never changed.
    const foreignMembership = otherAccess.membership.id;
    expect((await refusal(changeMemberRole(access, foreignMembership, { role: "viewer", departmentIds: [] }))).status).toBe(404);
    expect((await refusal(removeMember(access, foreignMembership))).status).toBe(404);
    expect(await db.membership.findUnique({ where: { id: foreignMembership } })).toMatchObject({ role: "owner" });
  });
});
