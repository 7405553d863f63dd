import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SurveyFlow } from "@/components/survey/survey-flow";
import { SurveyMessage } from "@/components/survey/survey-message";
import { AppError, NotFoundError } from "@/lib/errors";
import { loadSurvey } from "@/lib/http/survey-lookups";

export const metadata: Metadata = { title: "Survey", robots: { index: false } };

export default async function SurveyPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  try {
    const state = await loadSurvey(token);
    return (
      <main className="survey-page">
        <p className="survey-intro">{state.wave.name} · anonymous</p>
        <SurveyFlow state={state} />
      </main>
    );
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof AppError && error.status === 410) return <SurveyMessage title="Thank you">{error.detail}</SurveyMessage>;
    throw error;
  }
}
