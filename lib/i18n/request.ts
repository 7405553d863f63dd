/**
 * next-intl's request configuration, without locale routing: survey links (`/s/<token>`) stay as they are
 * and the language is negotiated per request (rules/negotiate-locale.ts). Only the respondent screens are
 * translated; every other page is English, so its `<html lang>` stays "en" whatever the visitor's browser.
 */
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, LOCALE_COOKIE, type Locale } from "./locales";
import { negotiateLocale } from "./rules/negotiate-locale";

/** proxy.ts passes the requested page (path and query) on to server components. */
const RESPONDENT_PAGES = /^\/s(\/|$|\?)/;

export async function requestLocale(): Promise<Locale> {
  const requested = (await headers()).get("x-return-path") ?? "";
  if (!RESPONDENT_PAGES.test(requested)) return DEFAULT_LOCALE;
  const query = new URLSearchParams(requested.split("?")[1] ?? "");
  return negotiateLocale({
    chosen: query.get("lang"),
    cookie: (await cookies()).get(LOCALE_COOKIE)?.value,
    // A mailed link carries the language of the person's list (`?language=`): theirs unless they pick another.
    invitation: query.get("language"),
    acceptLanguage: (await headers()).get("accept-language"),
  });
}

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: (await import(`../../messages/${locale}.json`)).default };
});
