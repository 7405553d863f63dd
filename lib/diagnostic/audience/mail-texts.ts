/** A wave's invitation and reminder texts: its own where it has them, the defaults otherwise. */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ConflictError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import type { DbTx } from "@/lib/db/types";
import { waveOf } from "@/lib/diagnostic/waves/wave-of";
import { DEFAULT_MAIL_TEXTS, type MailKind } from "./rules/default-mail-texts";
import type { MailTemplate } from "./rules/mail-text";
import { LANGUAGE_NAMES, type MailLanguage } from "./rules/mail-languages";

export type { MailKind };
export type WaveMailTexts = Record<MailKind, MailTemplate & { custom: boolean }>;

/**
 * The texts used for a language: the wave's own in that language, else the standard ones in that language —
 * a person is always written to in their own language (the editor says which languages keep the standard text).
 */
export async function mailTextsFor(db: DbTx, waveId: string, language: MailLanguage = "en"): Promise<WaveMailTexts> {
  const kept = await db.waveMailText.findMany({ where: { waveId, language } });
  const pick = (kind: MailKind) => {
    const own = kept.find((t) => t.kind === kind);
    return own
      ? { subject: own.subject, body: own.body, custom: true }
      : { ...DEFAULT_MAIL_TEXTS[language][kind], custom: false };
  };
  return { invitation: pick("invitation"), reminder: pick("reminder") };
}

export async function getMailTexts(
  access: OrgAccess,
  waveId: string,
  language: MailLanguage = "en",
): Promise<WaveMailTexts> {
  assertCan(access, "diagnostic:manage");
  const wave = await waveOf(access, waveId);
  return mailTextsFor(access.db, wave.id, language);
}

/** The languages in which the wave has its own invitation or reminder text. */
export async function customisedLanguages(access: OrgAccess, waveId: string): Promise<Record<MailKind, string[]>> {
  assertCan(access, "diagnostic:manage");
  const wave = await waveOf(access, waveId);
  const kept = await access.db.waveMailText.findMany({
    where: { waveId: wave.id },
    select: { kind: true, language: true },
  });
  const of = (kind: MailKind) =>
    kept
      .filter((t) => t.kind === kind)
      .map((t) => t.language)
      .sort();
  return { invitation: of("invitation"), reminder: of("reminder") };
}

export async function saveMailText(
  access: OrgAccess,
  waveId: string,
  input: { kind: MailKind; language: MailLanguage; subject: string; body: string },
): Promise<void> {
  assertCan(access, "diagnostic:manage");
  const wave = await waveOf(access, waveId);
  if (wave.status === "closed") throw new ConflictError("The wave is closed: no more mail goes out for it.");
  const { kind, language, subject, body } = input;
  await access.db.$transaction(async (tx) => {
    await tx.waveMailText.upsert({
      where: { waveId_kind_language: { waveId: wave.id, kind, language } },
      create: { waveId: wave.id, kind, language, subject, body },
      update: { subject, body },
    });
    await recordAuditEvent(tx, access.organisation.id, access.actor, {
      action: "wave.mail_text_saved",
      subjectType: "wave",
      subjectId: wave.id,
      summary: `Changed the ${LANGUAGE_NAMES[language]} ${kind} text of “${wave.name}”`,
      after: { kind, language, subject },
    });
  });
}
