import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PersonalLinkForm } from "@/components/survey/personal-link-form";
import { SharedStartForm } from "@/components/survey/shared-start-form";
import { SurveyMessage } from "@/components/survey/survey-message";
import { AppError, NotFoundError } from "@/lib/errors";
import { loadSharedLink } from "@/lib/diagnostic/respond/public-reads";

export const metadata: Metadata = { title: "Survey", robots: { index: false } };

export default async function SharedSurveyPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  try {
    const link = await loadSharedLink(token);
    return (
      <main className="survey-page">
        <div className="survey-card">
          <h1>{link.organisation}: {link.wave.name}</h1>
          <p>Short statements on how your organisation serves its customers; it takes about ten minutes. Your answers are anonymous: they are stored without your name or your link, and shown only for groups of at least {link.wave.k} people.</p>
          {link.mode === "verified" ? (
            <PersonalLinkForm token={token} workEmailDomains={link.workEmailDomains} />
          ) : (
            <SharedStartForm endpoint={`/api/survey/shared/${encodeURIComponent(token)}`} departments={link.departments} roles={link.roles} />
          )}
        </div>
      </main>
    );
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof AppError && error.status === 410) return <SurveyMessage title="This survey is not open">{error.detail}</SurveyMessage>;
    throw error;
  }
}
