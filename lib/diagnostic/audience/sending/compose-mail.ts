/** Writes a person's invitation or reminder: their language's text, their link, and the line to stop these emails. */
import type { BulkMail } from "@/lib/mail/deliver-bulk-mail";
import { appLink } from "@/lib/config/app-link";
import { mailTextsFor, type MailKind, type WaveMailTexts } from "../mail-texts";
import { mergeValues } from "../merge-values";
import { UNSUBSCRIBE_LINE } from "../rules/default-mail-texts";
import { fillIn, renderMail } from "../rules/mail-text";
import { MAIL_LANGUAGES, type MailLanguage } from "../rules/mail-languages";
import { unsubscribeToken } from "../unsubscribe-token";
import type { Db } from "@/lib/db/types";

export type MailPerson = { email: string; language: string };
export type MailWave = {
  id: string;
  name: string;
  closesAt: Date | null;
  organisationId: string;
  organisation: { name: string };
};

export const languageOf = (person: MailPerson): MailLanguage =>
  MAIL_LANGUAGES.includes(person.language as MailLanguage) ? (person.language as MailLanguage) : "en";

/** The wave's texts per language, read once per run of the sender. */
export function textsCache(db: Db) {
  const texts = new Map<string, Promise<WaveMailTexts>>();
  return (waveId: string, language: MailLanguage) => {
    const key = `${waveId} ${language}`;
    if (!texts.has(key)) texts.set(key, mailTextsFor(db, waveId, language));
    return texts.get(key)!;
  };
}
export type TextsFor = ReturnType<typeof textsCache>;

export async function composeMail(
  textsFor: TextsFor,
  kind: MailKind,
  wave: MailWave,
  person: MailPerson,
  token: string,
): Promise<BulkMail> {
  const language = languageOf(person);
  const text = (await textsFor(wave.id, language))[kind];
  const mail = renderMail(text, mergeValues(wave.organisation, wave, token, language));
  const unsubscribeUrl = appLink(`/unsubscribe/${unsubscribeToken(wave.organisationId, person.email)}`);
  const stopLine = fillIn(UNSUBSCRIBE_LINE[language], {
    organisation: wave.organisation.name,
    wave: "",
    closes: "",
    link: "",
  });
  return {
    to: person.email,
    subject: mail.subject,
    text: `${mail.body}\n\n--\n${stopLine} ${unsubscribeUrl}\n`,
    organisationId: wave.organisationId,
    unsubscribeUrl,
  };
}
