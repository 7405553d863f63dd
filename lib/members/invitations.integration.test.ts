import { beforeEach, expect, it, vi } from "vitest";
import { findSessionActor, startAuthSession } from "@/lib/auth/auth-sessions";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { resolveOrgAccess, type OrgAccess } from "@/lib/access/org-access";
import { refusal } from "@/lib/test-support/expectations";
import { makeOwnedOrganisation, makeUser } from "@/lib/test-support/fixtures";
import { latestOutboxMail, linkToken } from "@/lib/test-support/mailbox";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { completeSignUp } from "@/lib/users/complete-sign-up";
import { requestPasswordReset } from "@/lib/users/request-password-reset";
import { requestSignUp } from "@/lib/users/request-sign-up";
import { resetPassword } from "@/lib/users/reset-password";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { acceptInvitation } from "./accept-invitation";
import { createAccountWithInvitation } from "./create-account-with-invitation";
import { addMember } from "./add-member";
import { describeInvitation } from "./describe-invitation";
import { listMembers } from "./list-members";

const mailLimits = { perEmail: 10, perIp: 100 };
const signInLimits = { perAccount: 5, perIp: 20, maxPauseSeconds: 3600 };
const from = (ip: string) => ({ ip, limits: mailLimits });

beforeEach(() => {
  vi.spyOn(console, "info").mockImplementation(() => {});
});

describeOnEachDatabase("invitations accepted by proof of the inbox", (use) => {
  let access: OrgAccess;
  beforeEach(async () => {
    access = await makeOwnedOrganisation(use().db, "Proof Mutual", "Olivia Owner");
  });

  const memberEmails = async () => (await listMembers(access)).members.map((m) => m.email);

  it("mails the link to the invited address (kept in the organisation's outbox without a mail server)", async () => {
    const { db } = use();
    const result = await addMember(access, { email: "ines@example.test", role: "viewer", departmentIds: [] });
    const mail = await latestOutboxMail(db, "ines@example.test");
    expect(mail.organisationId).toBe(access.organisation.id);
    expect(mail.subject).toBe("Olivia Owner invited you to Proof Mutual on Throughline");
    expect(mail.text).toContain("as viewer");
    expect(mail.text).toContain(result.inviteUrl);
    expect(linkToken(mail.text, "/invitations")).toBe(result.token);
    expect(await describeInvitation(db, result.token, null)).toMatchObject({
      email: "ines@example.test",
      organisationName: "Proof Mutual",
      role: "viewer",
      inviterName: "Olivia Owner",
      step: "create-account",
    });
  });

  it("tells each holder of the link what to do: accept, sign in first, create an account, or sign out of another account", async () => {
    const { db } = use();
    const invitee = await makeUser(db, "Has Account");
    const stranger = await makeUser(db, "Stranger");
    const { token } = await addMember(access, { email: invitee.email, role: "executive", departmentIds: [] });
    expect((await describeInvitation(db, token, null))?.step).toBe("sign-in");
    expect((await describeInvitation(db, token, stranger))?.step).toBe("wrong-account");
    expect((await describeInvitation(db, token, invitee))?.step).toBe("accept");
    expect(await describeInvitation(db, "not-a-real-token-at-all", invitee)).toBeNull();
    await acceptInvitation(db, invitee, token);
    expect(await describeInvitation(db, token, invitee)).toBeNull();
  });

  it("refuses someone signed in as another address, with a message saying which, and keeps the invitation open", async () => {
    const { db } = use();
    const stranger = await makeUser(db, "Link Forwarded To");
    const { token } = await addMember(access, { email: "real.invitee@example.test", role: "owner", departmentIds: [] });
    const error = await refusal(acceptInvitation(db, stranger, token));
    expect(error.status).toBe(403);
    expect(error.detail).toBe(
      `This invitation is for real.invitee@example.test, but you are signed in as ${stranger.email}. Sign out, then open the link again.`,
    );
    expect(await memberEmails()).not.toContain(stranger.email);
    expect((await describeInvitation(db, token, null))?.step).toBe("create-account");
  });

  it("uses a link once: of two simultaneous acceptances one joins, and an expired link joins nobody", async () => {
    const { db } = use();
    const invitee = await makeUser(db, "Double Clicker");
    const { token } = await addMember(access, { email: invitee.email, role: "viewer", departmentIds: [] });
    const results = await Promise.allSettled([
      acceptInvitation(db, invitee, token),
      acceptInvitation(db, invitee, token),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect([400, 409]).toContain((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason.status);
    expect((await memberEmails()).filter((e) => e === invitee.email)).toHaveLength(1);

    const late = await makeUser(db, "Late Invitee");
    const expired = await addMember(access, { email: late.email, role: "viewer", departmentIds: [] });
    await db.invitation.update({
      where: { id: expired.invitationId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await refusal(acceptInvitation(db, late, expired.token))).field).toBe("token");
  });

  it("sends an invited address that has an account to sign in rather than create a second one", async () => {
    const { db } = use();
    const invitee = await makeUser(db, "Existing Erin");
    const { token } = await addMember(access, { email: invitee.email, role: "viewer", departmentIds: [] });
    const error = await refusal(
      createAccountWithInvitation(db, { token, name: "Erin Again", password: "long-enough-pw" }),
    );
    expect([error.status, error.detail]).toEqual([
      409,
      "There is already an account for this email address. Sign in to accept the invitation.",
    ]);
    expect(await verifyCredentials(db, invitee.email, "long-enough-pw")).toBeNull();
  });

  it("attack: signing up with a future invitee's address never yields the membership", async () => {
    const { db } = use();
    const victim = "victim.to.be@example.test";
    // The attacker asks to sign up with the victim's address: no account, and the link goes to the victim's inbox.
    await requestSignUp(db, { name: "Mallory", email: victim }, from("198.51.100.6"));
    expect(await db.user.count({ where: { email: victim } })).toBe(0);
    const signUpLink = linkToken((await latestOutboxMail(db, victim)).text, "/signup");

    // The owner invites the victim; the attacker has neither link. Without the link there is nothing to accept:
    // every way in takes the token, and the only tokens went to the victim's inbox.
    const { token } = await addMember(access, { email: victim, role: "owner", departmentIds: [] });
    const attacker = await makeUser(db, "Mallory");
    expect((await refusal(acceptInvitation(db, attacker, token))).status).toBe(403);

    // The victim opens the invitation and creates their account; the attacker's pending sign-up link dies with it.
    await createAccountWithInvitation(db, { token, name: "Victor Victim", password: "victims-password" });
    expect(await memberEmails()).toContain(victim);
    expect((await refusal(completeSignUp(db, { token: signUpLink, password: "mallorys-password" }))).field).toBe(
      "token",
    );
    expect(await verifyCredentials(db, victim, "mallorys-password")).toBeNull();
    const [joined] = await listAuditEvents(access);
    expect(joined).toMatchObject({ action: "member.joined", actorEmail: victim });
  });

  it("attack: an account made with the victim's address before verification existed cannot take the invitation", async () => {
    const { db } = use();
    // A row as sign-up used to create it, without proof: the attacker knows its password and is signed in.
    const squatter = await makeUser(db, "Squatter");
    const attackerSession = await startAuthSession(db, squatter.id);
    const { token } = await addMember(access, { email: squatter.email, role: "owner", departmentIds: [] });
    // Signed in as the address, but without the mailed link, the attacker has nothing to accept with.
    expect(await memberEmails()).not.toContain(squatter.email);

    // The inbox's real owner reads the invitation, must sign in, so chooses a new password by mail — which
    // signs the attacker out everywhere — and accepts.
    await requestPasswordReset(db, { email: squatter.email }, from("203.0.113.50"));
    const reset = linkToken((await latestOutboxMail(db, squatter.email)).text, "/reset-password");
    await resetPassword(
      db,
      { token: reset, password: "the-real-owners-password" },
      { ip: "203.0.113.50", limits: signInLimits },
    );
    expect(await findSessionActor(db, attackerSession, squatter.id)).toBeNull();
    const owner = await verifyCredentials(db, squatter.email, "the-real-owners-password");
    expect(owner).not.toBeNull();
    await acceptInvitation(db, owner!, token);
    const joined = await resolveOrgAccess(db, owner!, access.organisation.slug, "organisation:read");
    expect(joined.membership.role).toBe("owner");
  });
});
