/** A wave's invitation and reminder texts: its own where it has them, the defaults otherwise. */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ConflictError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import type { DbTx } from "@/lib/db/types";
import { waveOf } from "@/lib/diagnostic/waves/wave-of";
import { DEFAULT_TEXTS, type MailTemplate } from "./rules/mail-text";
import type { MailLanguage } from "./rules/mail-languages";

export type MailKind = "invitation" | "reminder";
export type WaveMailTexts = Record<MailKind, MailTemplate & { custom: boolean }>;

/** The texts used for a language: the wave's own in that language, else its English ones, else the defaults. */
export async function mailTextsFor(db: DbTx, waveId: string, language: MailLanguage = "en"): Promise<WaveMailTexts> {
  const kept = await db.waveMailText.findMany({ where: { waveId, language: { in: [language, "en"] } } });
  const pick = (kind: MailKind) => {
    const own = kept.find((t) => t.kind === kind && t.language === language) ?? kept.find((t) => t.kind === kind);
    return own ? { subject: own.subject, body: own.body, custom: true } : { ...DEFAULT_TEXTS[kind], custom: false };
  };
  return { invitation: pick("invitation"), reminder: pick("reminder") };
}

export async function getMailTexts(access: OrgAccess, waveId: string): Promise<WaveMailTexts> {
  assertCan(access, "diagnostic:manage");
  const wave = await waveOf(access, waveId);
  return mailTextsFor(access.db, wave.id);
}

export async function saveMailText(
  access: OrgAccess,
  waveId: string,
  input: { kind: MailKind; subject: string; body: string },
): Promise<void> {
  assertCan(access, "diagnostic:manage");
  const wave = await waveOf(access, waveId);
  if (wave.status === "closed") throw new ConflictError("The wave is closed: no more mail goes out for it.");
  const { kind, subject, body } = input;
  await access.db.$transaction(async (tx) => {
    await tx.waveMailText.upsert({
      where: { waveId_kind_language: { waveId: wave.id, kind, language: "en" } },
      create: { waveId: wave.id, kind, language: "en", subject, body },
      update: { subject, body },
    });
    await recordAuditEvent(tx, access.organisation.id, access.actor, {
      action: "wave.mail_text_saved",
      subjectType: "wave",
      subjectId: wave.id,
      summary: `Changed the ${kind} text of “${wave.name}”`,
      after: { kind, subject },
    });
  });
}
