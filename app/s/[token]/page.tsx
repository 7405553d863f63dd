import { getLocale, getTranslations } from "next-intl/server";
import { ClosedSurveyMessage } from "@/components/survey/closed-survey-message";
import { SharedStartForm } from "@/components/survey/shared-start-form";
import { SurveyFlow } from "@/components/survey/survey-flow";
import { loadSurvey } from "@/lib/diagnostic/respond/public-reads";
import { statementIn, themeIn } from "@/lib/diagnostic/rules/statement-in";
import { publicPage } from "@/lib/access/page-gates";

export default publicPage<{ token: string }>(
  async ({ token }) => {
    const [state, t, locale] = await Promise.all([loadSurvey(token), getTranslations("Survey"), getLocale()]);
    if (state.kind === "choose-segment") {
      return (
        <main className="survey-page">
          <div className="survey-card">
            <h1>
              {state.organisation}: {state.wave.name}
            </h1>
            <p>{t("segmentIntro", { k: state.wave.k })}</p>
            <SharedStartForm
              endpoint={`/api/survey/${encodeURIComponent(token)}/segment`}
              departments={state.departments}
              roles={state.roles}
            />
          </div>
        </main>
      );
    }
    // Only the statements in the respondent's language go to the browser.
    const items = state.items.map(({ translations, themeTranslations, ...item }) => ({
      ...item,
      ...statementIn({ text: item.text, translations }, state.language, locale),
      ...themeIn({ theme: item.theme, themeTranslations }, state.language, locale),
    }));
    return (
      <main className="survey-page">
        <p className="survey-intro">{t("anonymous", { wave: state.wave.name })}</p>
        <SurveyFlow state={{ ...state, items }} />
      </main>
    );
  },
  // A closed wave or workshop (410) is answered with its message, not an error page.
  { 410: (error) => <ClosedSurveyMessage error={error} /> },
);
