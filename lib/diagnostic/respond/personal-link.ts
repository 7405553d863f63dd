/**
 * A verified shared link (the default, DESIGN §4.1.1): the respondent gives their work address and gets
 * a single-use link by mail; each address answers once. So a padding attacker needs as many mailboxes
 * at the organisation as people they want to plant. The address stays in the participation record
 * (WaveInvitation) only — never with the answers.
 */
import { RateLimiterPrisma } from "rate-limiter-flexible";
import type { z } from "zod";
import type { Db } from "@/lib/db/types";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { appLink } from "@/lib/config/app-link";
import { MAIL_TRANSACTION } from "@/lib/mail/mail-transaction";
import { sendMail } from "@/lib/mail/send-mail";
import type { personalLinkInput } from "../input";
import { hashSurveyToken, newSurveyToken } from "../survey-token";
import { closedLinkMessage, wavePhase } from "@/lib/diagnostic/rules/wave-phase";

/** One mailbox, one answer: "ana+survey@x" is "ana@x" (mail servers deliver both to Ana). */
export function canonicalAddress(email: string): string {
  const [local, domain] = email.trim().toLowerCase().split("@") as [string, string];
  return `${local.split("+")[0]}@${domain}`;
}

export function isWorkAddress(email: string, domains: readonly string[]): boolean {
  if (domains.length === 0) return true;
  const domain = email.split("@")[1] ?? "";
  return domains.some((d) => domain === d || domain.endsWith(`.${d}`));
}

// A few mails per address an hour: the form cannot be used to flood someone's inbox.
const limiters = new WeakMap<Db, RateLimiterPrisma>();
function perAddress(db: Db): RateLimiterPrisma {
  let limiter = limiters.get(db);
  if (!limiter)
    limiters.set(
      db,
      (limiter = new RateLimiterPrisma({
        storeClient: db,
        tableName: "rateLimiterFlexible",
        keyPrefix: "survey-link",
        points: 3,
        duration: 3600,
      })),
    );
  return limiter;
}

/**
 * Mails a personal link for a wave's verified shared link. It answers the same whether or not the
 * address has answered already (that mail says so instead), so the form reveals nothing about who did.
 */
export async function requestPersonalLink(
  db: Db,
  sharedToken: string,
  input: z.infer<typeof personalLinkInput>,
): Promise<void> {
  const wave = await db.wave.findUnique({
    where: { sharedTokenHash: hashSurveyToken(sharedToken) },
    include: { organisation: { select: { id: true, name: true, workEmailDomains: true } } },
  });
  if (!wave) throw new NotFoundError("Survey");
  const closed = closedLinkMessage(wavePhase(wave), wave.opensAt);
  if (closed) throw new ConflictError(closed);
  if (wave.sharedLinkMode !== "verified")
    throw new ConflictError("This survey does not ask for an email address: start it from the link.");
  const email = canonicalAddress(input.email);
  if (!isWorkAddress(email, wave.organisation.workEmailDomains)) {
    throw new ValidationError(
      "email",
      `Use your ${wave.organisation.name} email address (${wave.organisation.workEmailDomains.map((d) => `…@${d}`).join(", ")}).`,
    );
  }
  try {
    await perAddress(db).consume(email);
  } catch {
    return; // Enough mails to that address for now; the answer stays the same.
  }
  const survey = `the survey “${wave.name}” of ${wave.organisation.name}`;
  await db.$transaction(async (tx) => {
    const existing = await tx.waveInvitation.findUnique({ where: { waveId_email: { waveId: wave.id, email } } });
    if (existing?.submitted) {
      await sendMail(tx, {
        to: email,
        subject: `You have already answered ${wave.name}`,
        text: `Someone asked for a link to ${survey} with this address.\n\nThis address has already answered, and each address answers once — thank you. If it was not you, you can ignore this mail: nobody can see what you answered.\n`,
      });
      return;
    }
    // Only the link's hash is kept, so a new request makes a new link (the old one stops working).
    const { token, tokenHash } = newSurveyToken();
    if (existing) {
      await tx.surveySession.deleteMany({ where: { invitationId: existing.id } });
      await tx.waveInvitation.update({ where: { id: existing.id }, data: { tokenHash } });
    } else {
      await tx.waveInvitation.create({ data: { waveId: wave.id, email, tokenHash } });
    }
    // Not filed under the organisation: its owners read its outbox, and must not be able to answer as this person.
    await sendMail(tx, {
      to: email,
      subject: `Your link to ${wave.name}`,
      text: `Here is your personal link to ${survey}:\n\n${appLink(`/s/${token}`)}\n\nIt works once: your answers are saved as you go, and the same link brings you back to them. What you answer is stored without your address or this link, and shown only for groups of at least ${wave.k} people.\n\nIf you did not ask for this, ignore this mail.\n`,
    });
    // The mail is the last step: a refused mail rolls back a link nobody received.
  }, MAIL_TRANSACTION);
}
