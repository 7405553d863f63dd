/**
 * Which language a respondent sees, first match wins: the language they chose (`?lang=` in the link, or
 * the picker), the choice remembered in their cookie, their invitation's language (from an HR list), then
 * what their browser asks for (Accept-Language), then English.
 */
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "../locales";

export type LocaleSources = {
  chosen?: string | null;
  cookie?: string | null;
  invitation?: string | null;
  acceptLanguage?: string | null;
};

export function negotiateLocale(sources: LocaleSources): Locale {
  for (const candidate of [sources.chosen, sources.cookie, sources.invitation])
    if (isLocale(candidate?.toLowerCase())) return candidate!.toLowerCase() as Locale;
  return fromAcceptLanguage(sources.acceptLanguage ?? "") ?? DEFAULT_LOCALE;
}

/** The best supported language in an Accept-Language header (RFC 9110 §12.5.4): by weight, then order. */
export function fromAcceptLanguage(header: string): Locale | null {
  const ranges = header
    .split(",")
    .map((part, order) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, order };
    })
    .filter((range) => range.tag && range.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  for (const { tag } of ranges) {
    // "fr-CA" is served in French; "*" accepts the default.
    const primary = tag === "*" ? DEFAULT_LOCALE : tag.split("-")[0];
    const found = LOCALES.find((locale) => locale === primary);
    if (found) return found;
  }
  return null;
}
