import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { ClosedSurveyMessage } from "@/components/survey/closed-survey-message";
import { KioskSurvey } from "@/components/survey/kiosk-survey";
import { SurveyMessage } from "@/components/survey/survey-message";
import { KIOSK_COOKIE } from "@/lib/diagnostic/kiosk/kiosk-pass";
import { loadKiosk } from "@/lib/diagnostic/kiosk/public-kiosk";
import { publicPage } from "@/lib/access/page-gates";

/** Seconds without a touch before a kiosk warns, then resets; `?idle=` may only shorten it (for a quick check). */
const IDLE_SECONDS = 90;
function idleSeconds(requested: string | string[] | undefined): number {
  const asked = Number(Array.isArray(requested) ? requested[0] : requested);
  return Number.isInteger(asked) && asked >= 5 && asked < IDLE_SECONDS ? asked : IDLE_SECONDS;
}

async function NotAKiosk() {
  const t = await getTranslations("Survey.kiosk");
  return <SurveyMessage title={t("notKioskTitle")}>{t("notKioskBody")}</SurveyMessage>;
}

/** A tablet a manager made a kiosk for the wave: only its kiosk pass (an httpOnly cookie) opens this page. */
export default publicPage<{ wave: string }>(
  async ({ wave }, query) => {
    const pass = (await cookies()).get(KIOSK_COOKIE)?.value;
    const kiosk = await loadKiosk(wave, pass);
    return (
      <main className="survey-page">
        <KioskSurvey
          waveId={wave}
          organisation={kiosk.organisation}
          waveName={kiosk.wave.name}
          k={kiosk.wave.k}
          minutes={kiosk.wave.minutes}
          departments={kiosk.departments}
          roles={kiosk.roles}
          idleSeconds={idleSeconds(query.idle)}
          endHref={`/orgs/${encodeURIComponent(kiosk.organisationSlug)}/diagnostic`}
        />
      </main>
    );
  },
  { 403: () => <NotAKiosk />, 410: (error) => <ClosedSurveyMessage error={error} /> },
);
