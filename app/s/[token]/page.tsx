import type { Metadata } from "next";
import { SharedStartForm } from "@/components/survey/shared-start-form";
import { SurveyFlow } from "@/components/survey/survey-flow";
import { SurveyMessage } from "@/components/survey/survey-message";
import { loadSurvey } from "@/lib/diagnostic/respond/public-reads";
import { publicPage } from "@/lib/access/page-gates";

export const metadata: Metadata = { title: "Survey", robots: { index: false } };

export default publicPage<{ token: string }>(
  async ({ token }) => {
    const state = await loadSurvey(token);
    if (state.kind === "choose-segment") {
      return (
        <main className="survey-page">
          <div className="survey-card">
            <h1>
              {state.organisation}: {state.wave.name}
            </h1>
            <p>
              First, where you work. Results are shown only for groups of at least {state.wave.k} people, and never with
              your address.
            </p>
            <SharedStartForm
              endpoint={`/api/survey/${encodeURIComponent(token)}/segment`}
              departments={state.departments}
              roles={state.roles}
            />
          </div>
        </main>
      );
    }
    return (
      <main className="survey-page">
        <p className="survey-intro">{state.wave.name} · anonymous</p>
        <SurveyFlow state={state} />
      </main>
    );
  },
  // A closed wave or workshop (410) is answered with its message, not an error page.
  { 410: (error) => <SurveyMessage title="Thank you">{error.detail}</SurveyMessage> },
);
