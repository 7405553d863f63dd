"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { z } from "zod";
import { api } from "@/lib/client/api";
import type { ThemeTranslations, Translations } from "@/lib/diagnostic/instrument-schema";
import { statementIn, themeIn } from "@/lib/diagnostic/rules/statement-in";
import { LOCALE_COOKIE, LOCALE_COOKIE_PATH } from "@/lib/i18n/locales";
import { SharedStartForm } from "./shared-start-form";
import { SurveyFlow, type SurveyScreen } from "./survey-flow";

/** What the kiosk's start answers: one sitting's statements, kept in this component's memory only. */
const sittingSchema = z.object({
  kind: z.literal("answering"),
  sessionToken: z.string(),
  wave: z.object({ name: z.string() }),
  language: z.string(),
  segment: z.object({ department: z.string().nullable(), role: z.string().nullable(), level: z.string().nullable() }),
  items: z.array(
    z.object({
      key: z.string(),
      dimension: z.string(),
      theme: z.string(),
      text: z.string(),
      translations: z.record(z.string(), z.string()),
      themeTranslations: z.record(z.string(), z.string()).optional(),
    }),
  ),
  answers: z.record(z.string(), z.number().nullable()),
  comments: z.record(z.string(), z.string()),
});
type Sitting = z.infer<typeof sittingSchema>;

type Props = {
  waveId: string;
  organisation: string;
  waveName: string;
  k: number;
  /** About how long answering takes. */
  minutes: number;
  departments: { key: string; name: string }[];
  roles: { key: string; name: string; department: string }[];
  /** Seconds without a touch before the warning; as long again (at most 20 s) before the reset. */
  idleSeconds: number;
  /** Where staff end the kiosk (signing in first). */
  endHref: string;
};

const readLocaleCookie = () =>
  document.cookie
    .split(/;\s*/)
    .find((c) => c.startsWith(`${LOCALE_COOKIE}=`))
    ?.slice(LOCALE_COOKIE.length + 1) ?? null;

/**
 * A shared tablet: one person's sitting after another (DESIGN §4.4). A sitting lives in memory only — no
 * cookie, no storage, no address of its own — so it cannot be resumed by the next person; after sending, a
 * thank-you shows for a few seconds, then the empty start screen; after a while without a touch, a warning,
 * then the same reset, discarding what was not sent. Each reset draws everything anew (fresh components),
 * and puts back the language the kiosk started in.
 */
export function KioskSurvey({
  waveId,
  organisation,
  waveName,
  k,
  minutes,
  departments,
  roles,
  idleSeconds,
  endHref,
}: Props) {
  const t = useTranslations("Survey");
  const tk = useTranslations("Survey.kiosk");
  const locale = useLocale();
  const router = useRouter();
  const [round, setRound] = useState(0);
  const [sitting, setSitting] = useState<Sitting | null>(null);
  const [thanks, setThanks] = useState(false);
  const [touched, setTouched] = useState(false);
  const [warning, setWarning] = useState<number | null>(null);
  const lastActivity = useRef(0);
  const startingLocale = useRef<string | null | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  const warnSeconds = Math.min(20, idleSeconds);
  const thanksSeconds = Math.min(8, idleSeconds);

  useEffect(() => {
    if (startingLocale.current === undefined) startingLocale.current = readLocaleCookie();
  }, []);

  const reset = useCallback(() => {
    setSitting(null);
    setThanks(false);
    setTouched(false);
    setWarning(null);
    setRound((r) => r + 1);
    window.scrollTo({ top: 0 });
    const start = startingLocale.current;
    if (start !== undefined && readLocaleCookie() !== start) {
      document.cookie =
        start === null
          ? `${LOCALE_COOKIE}=; path=${LOCALE_COOKIE_PATH}; max-age=0; samesite=lax`
          : `${LOCALE_COOKIE}=${start}; path=${LOCALE_COOKIE_PATH}; max-age=31536000; samesite=lax`;
      router.refresh();
    }
  }, [router]);

  // After a reset, the focus starts at the top of the empty start screen, as on a page just opened.
  useEffect(() => {
    if (round > 0) heading.current?.focus();
  }, [round]);

  // Any touch, key or scroll is activity; on the start screen, the clock runs only once something was entered.
  const busy = sitting !== null || touched;
  useEffect(() => {
    if (!busy || thanks) return;
    lastActivity.current = Date.now();
    const active = () => {
      lastActivity.current = Date.now();
      setWarning(null);
    };
    const events = ["pointerdown", "keydown", "input", "wheel", "touchstart"] as const;
    events.forEach((e) => window.addEventListener(e, active, { passive: true }));
    const timer = window.setInterval(() => {
      const idle = (Date.now() - lastActivity.current) / 1000;
      if (idle >= idleSeconds + warnSeconds) reset();
      else if (idle >= idleSeconds) setWarning(Math.ceil(idleSeconds + warnSeconds - idle));
    }, 500);
    return () => {
      events.forEach((e) => window.removeEventListener(e, active));
      window.clearInterval(timer);
    };
  }, [busy, thanks, idleSeconds, warnSeconds, reset]);

  useEffect(() => {
    if (!thanks) return;
    const timer = window.setTimeout(reset, thanksSeconds * 1000);
    return () => window.clearTimeout(timer);
  }, [thanks, thanksSeconds, reset]);

  const screen: SurveyScreen | null = useMemo(
    () =>
      sitting && {
        ...sitting,
        items: sitting.items.map(({ translations, themeTranslations, ...item }) => ({
          ...item,
          ...statementIn({ text: item.text, translations: translations as Translations }, sitting.language, locale),
          ...themeIn(
            { theme: item.theme, themeTranslations: themeTranslations as ThemeTranslations | undefined },
            sitting.language,
            locale,
          ),
        })),
      },
    [sitting, locale],
  );

  async function start(segment: { department?: string; role?: string; level: string }) {
    setSitting(await api.post(`/api/survey/kiosk/${encodeURIComponent(waveId)}`, segment, sittingSchema));
    window.scrollTo({ top: 0 });
  }

  return (
    <div className="kiosk" data-testid="kiosk" data-round={round}>
      {warning !== null && (
        <div className="kiosk-warning" role="alertdialog" aria-labelledby="kiosk-warning-title" aria-modal="true">
          <div className="survey-card">
            <h2 id="kiosk-warning-title">{tk("idleTitle")}</h2>
            <p>{tk("idleBody", { seconds: warning })}</p>
            <button className="button" type="button" autoFocus onClick={() => setWarning(null)}>
              {tk("continue")}
            </button>
          </div>
        </div>
      )}
      {thanks ? (
        <div className="survey-card" role="status" key={`thanks-${round}`}>
          <h1>{t("flow.thanksTitle")}</h1>
          <p>{t("flow.thanks")}</p>
          <p className="muted">{tk("next")}</p>
        </div>
      ) : screen ? (
        <div key={`sitting-${round}`}>
          <p className="survey-intro">{t("anonymous", { wave: waveName })}</p>
          <SurveyFlow state={screen} onSubmitted={() => setThanks(true)} />
        </div>
      ) : (
        <div
          className="survey-card"
          key={`start-${round}`}
          onInput={() => setTouched(true)}
          onChange={() => setTouched(true)}
        >
          <h1 ref={heading} tabIndex={-1}>
            {organisation}: {waveName}
          </h1>
          <p>{t("intro", { k, minutes })}</p>
          <SharedStartForm endpoint="" departments={departments} roles={roles} kiosk={{ start, hint: tk("hint") }} />
        </div>
      )}
      <p className="kiosk-end">
        <a href={endHref}>{tk("end")}</a>
      </p>
    </div>
  );
}
