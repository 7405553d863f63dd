import { beforeEach, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { resolveOrgAccess, type OrgAccess } from "@/lib/access/org-access";
import type { Actor } from "@/lib/auth/actor";
import { listOrganisationsForUser } from "@/lib/organisations/list-organisations";
import { renameOrganisation } from "@/lib/organisations/rename-organisation";
import { refusal } from "@/lib/test-support/expectations";
import { makeUser } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import type { MemberRole } from "@/lib/access/roles";
import type { Db } from "@/lib/db/types";
import { acceptInvitation } from "./accept-invitation";
import { createAccountWithInvitation } from "./create-account-with-invitation";
import { addMember } from "./add-member";
import { changeMemberRole } from "./change-member-role";
import { listMembers } from "./list-members";
import { removeMember } from "./remove-member";

/** Invites a person and accepts as them with the link (the only way in); returns their membership id. */
async function join(
  db: Db,
  access: OrgAccess,
  person: Actor,
  role: MemberRole,
  departmentIds: string[] = [],
): Promise<string> {
  const { token } = await addMember(access, { email: person.email, role, departmentIds });
  await acceptInvitation(db, person, token);
  return (await listMembers(access)).members.find((m) => m.email === person.email)!.id;
}

describeOnEachDatabase("organisations and members", (use) => {
  let owner: Actor;
  let access: OrgAccess;
  let contactCentre: string;

  beforeEach(async () => {
    const { db } = use();
    owner = await makeUser(db, "Olivia Owner");
    const organisation = await createOrganisation({ db, actor: owner }, { name: "Harbour Mutual" });
    contactCentre = (
      await db.department.create({ data: { organisationId: organisation.id, key: "contact", name: "Contact centre" } })
    ).id;
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

  it("invites an existing user, who joins with the role only by accepting the link signed in as that address; both steps audited", async () => {
    const { db } = use();
    const executive = await makeUser(db, "Eamon Exec");
    const result = await addMember(access, { email: executive.email, role: "executive", departmentIds: [] });
    expect(result.kind).toBe("invited");
    expect((await listMembers(access)).members.map((m) => m.email)).not.toContain(executive.email);
    expect((await refusal(resolveOrgAccess(db, executive, access.organisation.slug, "organisation:read"))).status).toBe(
      404,
    );
    const [invited] = await listAuditEvents(access);
    expect(invited).toMatchObject({
      action: "member.invited",
      actorEmail: owner.email,
      after: { email: executive.email, role: "executive" },
    });

    expect(await acceptInvitation(db, executive, result.token)).toEqual({ organisation: access.organisation.slug });
    const { members } = await listMembers(access);
    expect(members.find((m) => m.email === executive.email)?.role).toBe("executive");
    const [joined] = await listAuditEvents(access);
    expect(joined).toMatchObject({
      action: "member.joined",
      actorEmail: executive.email,
      after: { email: executive.email, role: "executive" },
    });
    await expect(resolveOrgAccess(db, executive, access.organisation.slug, "audit:read")).resolves.toBeTruthy();
  });

  it("refuses a second invitation of a member, or of an address with one waiting, with 409 on the email field", async () => {
    const { db } = use();
    const viewer = await makeUser(db, "Victor");
    await join(db, access, viewer, "viewer");
    const error = await refusal(addMember(access, { email: viewer.email, role: "executive", departmentIds: [] }));
    expect([error.status, error.field]).toEqual([409, "email"]);
    await addMember(access, { email: "waiting@example.test", role: "viewer", departmentIds: [] });
    const twice = await refusal(
      addMember(access, { email: "waiting@example.test", role: "viewer", departmentIds: [] }),
    );
    expect([twice.status, twice.field]).toEqual([409, "email"]);
  });

  it("requires departments of this organisation for a department head, writing nothing otherwise", async () => {
    const { db } = use();
    const head = await makeUser(db, "Hanna Head");
    const none = await refusal(addMember(access, { email: head.email, role: "department_head", departmentIds: [] }));
    expect([none.status, none.field]).toEqual([400, "departmentIds"]);

    const other = await createOrganisation({ db, actor: owner }, { name: "Other Org" });
    const foreign = await db.department.create({ data: { organisationId: other.id, key: "x", name: "Foreign" } });
    const cross = await refusal(
      addMember(access, { email: head.email, role: "department_head", departmentIds: [foreign.id] }),
    );
    expect([cross.status, cross.field]).toEqual([400, "departmentIds"]);
    expect((await listMembers(access)).members.map((m) => m.email)).not.toContain(head.email);

    await join(db, access, head, "department_head", [contactCentre]);
    const member = (await listMembers(access)).members.find((m) => m.email === head.email);
    expect(member?.departments.map((d) => d.name)).toEqual(["Contact centre"]);
  });

  it("invites someone without an account; the link creates their account and membership once", async () => {
    const { db } = use();
    const result = await addMember(access, {
      email: "new.person@example.test",
      role: "department_head",
      departmentIds: [contactCentre],
    });
    expect((await listMembers(access)).invitations.map((i) => i.email)).toEqual(["new.person@example.test"]);

    const created = await createAccountWithInvitation(db, {
      name: "New Person",
      password: "long-enough-pw",
      token: result.token,
    });
    expect(created).toEqual({ email: "new.person@example.test", organisation: access.organisation.slug });
    const member = (await listMembers(access)).members.find((m) => m.email === "new.person@example.test");
    expect(member).toMatchObject({
      name: "New Person",
      role: "department_head",
      departments: [{ name: "Contact centre" }],
    });
    expect((await listMembers(access)).invitations).toEqual([]);

    const reused = await refusal(
      createAccountWithInvitation(db, { name: "Again", password: "long-enough-pw", token: result.token }),
    );
    expect([reused.status, reused.field]).toEqual([400, "token"]);
  });

  it("changes a role with before and after in the audit log", async () => {
    const { db } = use();
    const person = await makeUser(db, "Pat");
    const membershipId = await join(db, access, person, "viewer");
    await changeMemberRole(access, membershipId, { role: "department_head", departmentIds: [contactCentre] });
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
    await removeMember(access, await join(db, access, person, "executive"));
    const gone = await refusal(resolveOrgAccess(db, person, access.organisation.slug, "organisation:read"));
    expect(gone.status).toBe(404);
    const [latest] = await listAuditEvents(access);
    expect(latest).toMatchObject({ action: "member.removed", before: { email: person.email, role: "executive" } });
  });

  it("answers 404 to non-members and 403 to members whose role lacks the permission", async () => {
    const { db } = use();
    const stranger = await makeUser(db, "Stranger");
    expect((await refusal(resolveOrgAccess(db, stranger, access.organisation.slug, "organisation:read"))).status).toBe(
      404,
    );
    expect((await refusal(resolveOrgAccess(db, stranger, "no-such-org", "organisation:read"))).status).toBe(404);
    const viewer = await makeUser(db, "Viewer");
    await join(db, access, viewer, "viewer");
    const viewerAccess = await resolveOrgAccess(db, viewer, access.organisation.slug, "organisation:read");
    expect(
      (await refusal(addMember(viewerAccess, { email: "x@example.test", role: "owner", departmentIds: [] }))).status,
    ).toBe(403);
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
    expect(
      (await refusal(changeMemberRole(access, foreignMembership, { role: "viewer", departmentIds: [] }))).status,
    ).toBe(404);
    expect((await refusal(removeMember(access, foreignMembership))).status).toBe(404);
    expect(await db.membership.findUnique({ where: { id: foreignMembership } })).toMatchObject({ role: "owner" });
  });
});
