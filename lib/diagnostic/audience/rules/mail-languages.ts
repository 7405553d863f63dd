/**
 * The languages a person on a people list can be written to in (DESIGN §4.4). Texts are kept per language;
 * until a wave has a text in a person's language, they get the English one.
 */
export const MAIL_LANGUAGES = ["en", "fr", "de", "nl", "es"] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<MailLanguage, string> = {
  en: "English",
  fr: "French",
  de: "German",
  nl: "Dutch",
  es: "Spanish",
};
