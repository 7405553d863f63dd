import { appLink } from "@/lib/config/app-link";
import type { MailLanguage } from "./rules/mail-languages";
import type { MergeValues } from "./rules/mail-text";

const DATE_LOCALES: Record<MailLanguage, string> = { en: "en-GB", fr: "fr-FR", de: "de-DE", nl: "nl-NL", es: "es-ES" };
const FURTHER_NOTICE: Record<MailLanguage, string> = {
  en: "further notice",
  fr: "nouvel ordre",
  de: "auf Weiteres",
  nl: "nader order",
  es: "nuevo aviso",
};

/** The close date as people read it, in their language: the last day links work (closesAt is the first moment they stop). */
export function closesInWords(closesAt: Date | null, language: MailLanguage = "en"): string {
  if (!closesAt) return FURTHER_NOTICE[language];
  const words = new Date(closesAt.getTime() - 1).toLocaleDateString(DATE_LOCALES[language], {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  // Spanish reads "hasta el martes, 5 de junio": the article goes with a date, not with "nuevo aviso".
  return language === "es" ? `el ${words}` : words;
}

/**
 * The values of a person's mail. Their link carries their list's language (`?language=`), which the survey
 * pages use unless the person picks another (lib/i18n/rules/negotiate-locale.ts).
 */
export function mergeValues(
  organisation: { name: string },
  wave: { name: string; closesAt: Date | null },
  token: string,
  language: MailLanguage = "en",
): MergeValues {
  return {
    organisation: organisation.name,
    wave: wave.name,
    closes: closesInWords(wave.closesAt, language),
    link: appLink(`/s/${token}?language=${language}`),
  };
}

/** For a preview: the wave's own values and a link that looks like the real ones (it opens nothing). */
export function sampleMergeValues(
  organisation: { name: string },
  wave: { name: string; closesAt: string | Date | null },
  language: MailLanguage = "en",
): MergeValues {
  return mergeValues(
    organisation,
    { name: wave.name, closesAt: wave.closesAt ? new Date(wave.closesAt) : null },
    "preview-k3Jq9TzA2mVbX7cN4pRwYs8E",
    language,
  );
}
