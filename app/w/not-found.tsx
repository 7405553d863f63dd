import { SurveyMessage } from "@/components/survey/survey-message";

/** A workshop link that leads nowhere, said to the participant (who has no account here and needs none). */
export default function WorkshopLinkNotFound() {
  return (
    <SurveyMessage title="This workshop link does not work">
      It may be incomplete (check it was copied whole), or the workshop&apos;s link has been replaced. Ask the person
      running the workshop for the link again.
    </SurveyMessage>
  );
}
