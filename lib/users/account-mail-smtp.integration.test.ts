import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { makeOwnedOrganisation } from "@/lib/test-support/fixtures";
import { linkToken } from "@/lib/test-support/mailbox";
import { startSmtpTestServer, type SmtpTestServer } from "@/lib/test-support/smtp-test-server";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";

let smtp: SmtpTestServer;
beforeAll(async () => {
  smtp = await startSmtpTestServer();
  vi.stubEnv("SMTP_URL", smtp.url);
  vi.stubEnv("NEXTAUTH_URL", "https://throughline.example.org");
  // The modules below read the mail settings once: load them after the environment is set.
  vi.resetModules();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await smtp.close();
});

const mailLimits = { perEmail: 10, perIp: 100 };

describeOnEachDatabase("account and invitation mail through a real mail server", (use) => {
  it("sign-up: the delivered mail's link finishes the account; nothing is kept in the outbox", async () => {
    const { db, kind } = use();
    const { requestSignUp } = await import("./request-sign-up");
    const { completeSignUp } = await import("./complete-sign-up");
    const { verifyCredentials } = await import("@/lib/auth/verify-credentials");
    const email = `smtp.signup.${kind}@example.test`;
    await requestSignUp(db, { name: "Mail Reader", email }, { ip: "192.0.2.1", limits: mailLimits });
    const mail = await smtp.waitFor((m) => m.to.includes(email));
    expect(mail.subject).toBe("Finish creating your Throughline account");
    expect(mail.from).toBe('"Throughline" <no-reply@throughline.example.org>');
    const token = linkToken(mail.text, "/signup");
    expect(mail.text).toContain(`https://throughline.example.org/signup/${token}`);
    await completeSignUp(db, { token, password: "delivered-password" });
    expect(await verifyCredentials(db, email, "delivered-password")).toMatchObject({ email, name: "Mail Reader" });
    expect(await db.outboxMessage.count()).toBe(0);
  });

  it("password reset and invitations arrive too, each with its working link", async () => {
    const { db, kind } = use();
    const { requestPasswordReset } = await import("./request-password-reset");
    const { addMember } = await import("@/lib/members/add-member");
    const { describeInvitation } = await import("@/lib/members/describe-invitation");
    const owner = await makeOwnedOrganisation(db, `Mail Org ${kind}`, "Mailing Owner");
    await requestPasswordReset(db, { email: owner.actor.email }, { ip: "192.0.2.2", limits: mailLimits });
    const reset = await smtp.waitFor((m) => m.to.includes(owner.actor.email));
    expect(reset.subject).toBe("Choose a new Throughline password");
    linkToken(reset.text, "/reset-password");

    const invitee = `smtp.invitee.${kind}@example.test`;
    await addMember(owner, { email: invitee, role: "viewer", departmentIds: [] });
    const invitation = await smtp.waitFor((m) => m.to.includes(invitee));
    expect(invitation.subject).toBe(`Mailing Owner invited you to Mail Org ${kind} on Throughline`);
    expect(await describeInvitation(db, linkToken(invitation.text, "/invitations"), null)).toMatchObject({
      email: invitee,
      step: "create-account",
    });
  });

  it("a mail server that refuses the invitation keeps no invitation (the owner can try again)", async () => {
    const { db, kind } = use();
    const refusing = await startSmtpTestServer({ refuse: () => true });
    vi.stubEnv("SMTP_URL", refusing.url);
    vi.resetModules();
    try {
      const { addMember } = await import("@/lib/members/add-member");
      const owner = await makeOwnedOrganisation(db, `Refused Org ${kind}`);
      vi.spyOn(console, "error").mockImplementation(() => {});
      const error = await addMember(owner, {
        email: "unreachable@example.test",
        role: "viewer",
        departmentIds: [],
      }).catch((e: { status: number }) => e);
      expect((error as { status: number }).status).toBe(503);
      expect(await db.invitation.count({ where: { organisationId: owner.organisation.id } })).toBe(0);
      expect(
        await db.auditEvent.count({ where: { organisationId: owner.organisation.id, action: "member.invited" } }),
      ).toBe(0);
    } finally {
      vi.stubEnv("SMTP_URL", smtp.url);
      vi.resetModules();
      vi.restoreAllMocks();
      await refusing.close();
    }
  });
});
