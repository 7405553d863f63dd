import type { Metadata } from "next";
import { PersonalLinkForm } from "@/components/survey/personal-link-form";
import { SharedStartForm } from "@/components/survey/shared-start-form";
import { SurveyMessage } from "@/components/survey/survey-message";
import { loadSharedLink } from "@/lib/diagnostic/respond/public-reads";
import { publicPage } from "@/lib/access/page-gates";

export const metadata: Metadata = { title: "Survey", robots: { index: false } };

export default publicPage<{ token: string }>(
  async ({ token }) => {
    const link = await loadSharedLink(token);
    return (
      <main className="survey-page">
        <div className="survey-card">
          <h1>
            {link.organisation}: {link.wave.name}
          </h1>
          <p>
            Short statements on how your organisation serves its customers; it takes about ten minutes. Your answers are
            anonymous: they are stored without your name or your link, and shown only for groups of at least{" "}
            {link.wave.k} people.
          </p>
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
  { 410: (error) => <SurveyMessage title="This survey is not open">{error.detail}</SurveyMessage> },
);
