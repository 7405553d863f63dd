import { getTranslations } from "next-intl/server";
import { SurveyMessage } from "@/components/survey/survey-message";

/** A receipt link that leads nowhere, said in the reporter's language. */
export default async function ReceiptNotFound() {
  const t = await getTranslations("Obstacle.receipt");
  return <SurveyMessage title={t("notFoundTitle")}>{t("notFoundBody")}</SurveyMessage>;
}
