import { afterAll, afterEach, beforeAll, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { resolveOrgAccess } from "@/lib/access/org-access";
import { makeOwnedOrganisation, makeUser } from "@/lib/test-support/fixtures";
import { startSmtpTestServer, type SmtpTestServer } from "@/lib/test-support/smtp-test-server";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { listOutbox } from "./outbox";

/** sendMail as the app loads it, with this environment (settings are read once per module instance). */
async function sendMailWith(environment: Record<string, string>) {
  for (const [name, value] of Object.entries(environment)) vi.stubEnv(name, value);
  vi.resetModules();
  return (await import("./send-mail")).sendMail;
}

let smtp: SmtpTestServer;
beforeAll(async () => {
  smtp = await startSmtpTestServer({ refuse: (recipient) => recipient.startsWith("nobody@") });
});
afterAll(() => smtp.close());
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: AppError) => error,
  );

describeOnEachDatabase("sending mail", (use) => {
  it("delivers through the mail server named by SMTP_URL, from MAIL_FROM, and keeps nothing in the outbox", async () => {
    const { db, kind } = use();
    const sendMail = await sendMailWith({
      SMTP_URL: smtp.url,
      MAIL_FROM: "Harbour Mutual survey <survey@harbour.example>",
    });
    const to = `ana.${kind}@example.test`;
    await sendMail(db, {
      to,
      subject: "Grüße — your link",
      text: "Hello Ana,\n\nOpen this: http://localhost:3000/x/abc\n\nZoë",
    });
    const mail = await smtp.waitFor((m) => m.to.includes(to));
    expect(mail).toMatchObject({
      from: '"Harbour Mutual survey" <survey@harbour.example>',
      subject: "Grüße — your link",
      text: "Hello Ana,\n\nOpen this: http://localhost:3000/x/abc\n\nZoë\n",
    });
    expect(await db.outboxMessage.count()).toBe(0);
  });

  it("sends from Throughline at the app's host when MAIL_FROM is not set", async () => {
    const { db, kind } = use();
    const sendMail = await sendMailWith({ SMTP_URL: smtp.url, NEXTAUTH_URL: "https://throughline.example.org" });
    const to = `from.default.${kind}@example.test`;
    await sendMail(db, { to, subject: "Hello", text: "Hi" });
    expect((await smtp.waitFor((m) => m.to.includes(to))).from).toBe(
      '"Throughline" <no-reply@throughline.example.org>',
    );
  });

  it("answers 503 when the mail server refuses the mail", async () => {
    const { db } = use();
    const sendMail = await sendMailWith({ SMTP_URL: smtp.url });
    vi.spyOn(console, "error").mockImplementation(() => {});
    const error = await refusal(sendMail(db, { to: "nobody@example.test", subject: "Hello", text: "Hi" }));
    expect([error.status, error.title]).toEqual([503, "Mail not sent"]);
  });

  it("answers 503 when no mail server answers at SMTP_URL", async () => {
    const { db } = use();
    const closed = await startSmtpTestServer();
    await closed.close();
    const sendMail = await sendMailWith({ SMTP_URL: closed.url });
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect((await refusal(sendMail(db, { to: "someone@example.test", subject: "Hello", text: "Hi" }))).status).toBe(
      503,
    );
  });

  it("refuses a subject with a line break, which would start a new header", async () => {
    const { db } = use();
    const sendMail = await sendMailWith({ SMTP_URL: smtp.url });
    const error = await refusal(
      sendMail(db, { to: "x@example.test", subject: "Hi\r\nBcc: victim@example.test", text: "Hi" }),
    );
    expect([error.status, error.field]).toEqual([400, "subject"]);
  });

  it("without SMTP_URL keeps an organisation's mail in its outbox, readable by its owners only", async () => {
    const { db } = use();
    const sendMail = await sendMailWith({ SMTP_URL: "" });
    const harbour = await makeOwnedOrganisation(db, "Outbox Harbour");
    const northwind = await makeOwnedOrganisation(db, "Outbox Northwind");
    await sendMail(db, {
      to: "invitee@example.test",
      subject: "You are invited",
      text: "Join us: http://localhost:3000/invitations/t1",
      organisationId: harbour.organisation.id,
    });
    await sendMail(db, {
      to: "second@example.test",
      subject: "Second",
      text: "Later",
      organisationId: harbour.organisation.id,
    });
    await sendMail(db, {
      to: "other@example.test",
      subject: "Northwind's",
      text: "Not Harbour's",
      organisationId: northwind.organisation.id,
    });

    const kept = await listOutbox(harbour);
    expect(kept.map((m) => [m.to, m.subject])).toEqual([
      ["second@example.test", "Second"],
      ["invitee@example.test", "You are invited"],
    ]);
    expect(kept[1]!.text).toBe("Join us: http://localhost:3000/invitations/t1");
    expect((await listOutbox(northwind)).map((m) => m.subject)).toEqual(["Northwind's"]);

    const executive = await makeUser(db, "Outbox Exec");
    await db.membership.create({
      data: { organisationId: harbour.organisation.id, userId: executive.id, role: "executive" },
    });
    const executiveAccess = await resolveOrgAccess(db, executive, harbour.organisation.slug, "organisation:read");
    expect((await refusal(listOutbox(executiveAccess))).status).toBe(403);
  });

  it("without SMTP_URL also writes account mail (no organisation) to the server log for the operator", async () => {
    const { db, kind } = use();
    const sendMail = await sendMailWith({ SMTP_URL: "" });
    const logged: string[] = [];
    vi.spyOn(console, "info").mockImplementation((line: string) => void logged.push(line));
    const to = `account.${kind}@example.test`;
    await sendMail(db, { to, subject: "Finish creating your account", text: "Open http://localhost:3000/signup/abc" });
    expect(logged.join("\n")).toContain(
      `To: ${to}\nSubject: Finish creating your account\n\nOpen http://localhost:3000/signup/abc`,
    );
    expect(await db.outboxMessage.count({ where: { to, organisationId: null } })).toBe(1);

    logged.length = 0;
    const org = await makeOwnedOrganisation(db, "Quiet Org");
    await sendMail(db, {
      to: "member@example.test",
      subject: "Invitation",
      text: "secret link",
      organisationId: org.organisation.id,
    });
    expect(logged).toEqual([]);
  });

  it("keeps the mail only if the transaction it was sent in commits", async () => {
    const { db, kind } = use();
    const sendMail = await sendMailWith({ SMTP_URL: "" });
    const to = `rolled.back.${kind}@example.test`;
    vi.spyOn(console, "info").mockImplementation(() => {});
    await db
      .$transaction(async (tx) => {
        await sendMail(tx, { to, subject: "Never", text: "Never kept" });
        throw new Error("roll back");
      })
      .catch(() => {});
    expect(await db.outboxMessage.count({ where: { to } })).toBe(0);
  });
});
