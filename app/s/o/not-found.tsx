import { getTranslations } from "next-intl/server";
import { SurveyMessage } from "@/components/survey/survey-message";

/** An obstacle link that leads nowhere (wrong, incomplete or replaced), said in the reporter's language. */
export default async function ObstacleLinkNotFound() {
  const t = await getTranslations("Obstacle.notFound");
  return <SurveyMessage title={t("title")}>{t("body")}</SurveyMessage>;
}
