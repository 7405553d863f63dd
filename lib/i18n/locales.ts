/**
 * The languages the respondent screens speak (DESIGN §4.4). The rest of the app is English for now.
 * Each name is written in its own language, so a respondent finds theirs whatever the page is in.
 */
export const LOCALES = ["en", "fr", "de", "nl", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  fr: "Français",
  de: "Deutsch",
  nl: "Nederlands",
  es: "Español",
};

/** The cookie that remembers a respondent's choice, only on the survey pages. */
export const LOCALE_COOKIE = "NEXT_LOCALE";
export const LOCALE_COOKIE_PATH = "/s";

export const isLocale = (value: unknown): value is Locale =>
  typeof value === "string" && (LOCALES as readonly string[]).includes(value);
