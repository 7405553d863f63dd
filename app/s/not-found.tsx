import { getTranslations } from "next-intl/server";
import { SurveyMessage } from "@/components/survey/survey-message";

/** A survey link that leads nowhere, said to the respondent (who has no account here and needs none). */
export default async function SurveyLinkNotFound() {
  const t = await getTranslations("Survey.notFound");
  return <SurveyMessage title={t("title")}>{t("body")}</SurveyMessage>;
}
