import type { Metadata } from "next";
import { SurveyMessage } from "@/components/survey/survey-message";
import { WorkshopForm } from "@/components/workshops/workshop-form";
import { loadWorkshop } from "@/lib/workshops/public-reads";
import { publicPage } from "@/lib/access/page-gates";

export const metadata: Metadata = { title: "Empathy workshop", robots: { index: false } };

export default publicPage<{ token: string }>(
  async ({ token }) => {
    const workshop = await loadWorkshop(token);
    return (
      <main className="survey-page">
        <div className="survey-card">
          <h1>
            {workshop.organisation}: {workshop.name}
          </h1>
          <p>
            Think of the best and the worst experience you have had as a customer — of any company. What happened, what
            made it so, and does our own organisation create moments like that?
          </p>
          <WorkshopForm token={token} />
        </div>
      </main>
    );
  },
  // A closed wave or workshop (410) is answered with its message, not an error page.
  { 410: (error) => <SurveyMessage title="This workshop has finished">{error.detail}</SurveyMessage> },
);
