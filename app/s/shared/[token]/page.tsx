import { getTranslations } from "next-intl/server";
import { ClosedSurveyMessage } from "@/components/survey/closed-survey-message";
import { PersonalLinkForm } from "@/components/survey/personal-link-form";
import { SharedStartForm } from "@/components/survey/shared-start-form";
import { loadSharedLink } from "@/lib/diagnostic/respond/public-reads";
import { publicPage } from "@/lib/access/page-gates";

export default publicPage<{ token: string }>(
  async ({ token }) => {
    const [link, t] = await Promise.all([loadSharedLink(token), getTranslations("Survey")]);
    return (
      <main className="survey-page">
        <div className="survey-card">
          <h1>
            {link.organisation}: {link.wave.name}
          </h1>
          <p>{t("intro", { k: link.wave.k, minutes: link.wave.minutes })}</p>
          {link.mode === "verified" ? (
            <PersonalLinkForm token={token} workEmailDomains={link.workEmailDomains} />
          ) : (
            <SharedStartForm
              endpoint={`/api/survey/shared/${encodeURIComponent(token)}`}
              departments={link.departments}
              roles={link.roles}
            />
          )}
        </div>
      </main>
    );
  },
  // A closed wave or workshop (410) is answered with its message, not an error page.
  { 410: (error) => <ClosedSurveyMessage error={error} /> },
);
