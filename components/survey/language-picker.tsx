"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { LOCALE_COOKIE, LOCALE_COOKIE_PATH, LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";

const remember = (locale: string) => {
  // A year, on the survey pages only: the choice outlives a closed tab but means nothing elsewhere.
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=${LOCALE_COOKIE_PATH}; max-age=31536000; samesite=lax`;
};

/**
 * The respondent's language. A select and a button, not a select that reloads on change (WCAG 3.2.2):
 * keyboard users move through the options without leaving the page. Without script the form still works
 * (`?lang=`); with it, the choice is remembered and the page re-renders in place, keeping answers on screen.
 */
export function LanguagePicker() {
  const t = useTranslations("Survey.language");
  const locale = useLocale();
  const router = useRouter();

  useEffect(() => {
    // A link that carried its language (`?lang=fr`) keeps it on the next pages, which do not carry it.
    if (new URLSearchParams(window.location.search).has("lang")) remember(locale);
  }, [locale]);

  return (
    <form
      className="survey-language"
      method="get"
      onSubmit={(event) => {
        event.preventDefault();
        const chosen = new FormData(event.currentTarget).get("lang");
        if (typeof chosen !== "string") return;
        remember(chosen);
        const url = new URL(window.location.href);
        url.searchParams.delete("lang");
        window.history.replaceState(null, "", url);
        router.refresh();
      }}
    >
      <label htmlFor="survey-language">{t("label")}</label>
      <select id="survey-language" name="lang" defaultValue={locale} key={locale}>
        {LOCALES.map((code: Locale) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
      <button className="button secondary small" type="submit">
        {t("change")}
      </button>
    </form>
  );
}
