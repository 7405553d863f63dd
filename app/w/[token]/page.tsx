import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SurveyMessage } from "@/components/survey/survey-message";
import { WorkshopForm } from "@/components/workshops/workshop-form";
import { AppError, NotFoundError } from "@/lib/errors";
import { loadWorkshop } from "@/lib/workshops/public-reads";

export const metadata: Metadata = { title: "Empathy workshop", robots: { index: false } };

export default async function WorkshopPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  try {
    const workshop = await loadWorkshop(token);
    return (
      <main className="survey-page">
        <div className="survey-card">
          <h1>{workshop.organisation}: {workshop.name}</h1>
          <p>Think of the best and the worst experience you have had as a customer — of any company. What happened, what made it so, and does our own organisation create moments like that?</p>
          <WorkshopForm token={token} />
        </div>
      </main>
    );
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof AppError && error.status === 410) return <SurveyMessage title="This workshop has finished">{error.detail}</SurveyMessage>;
    throw error;
  }
}
