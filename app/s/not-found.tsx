import { SurveyMessage } from "@/components/survey/survey-message";

/** A survey link that leads nowhere, said to the respondent (who has no account here and needs none). */
export default function SurveyLinkNotFound() {
  return (
    <SurveyMessage title="This survey link does not work">
      It may be incomplete (links are long: check it was copied whole), or it has been replaced by a newer one. Ask
      whoever sent it to you for the link again.
    </SurveyMessage>
  );
}
