import { getTranslations } from "next-intl/server";
import { LinkClosedError } from "@/lib/diagnostic/respond/taking-answers";
import type { AppError } from "@/lib/errors";
import { SurveyMessage } from "./survey-message";

/** A link that takes no answers now (410), said in the respondent's language. */
export async function ClosedSurveyMessage({ error }: { error: AppError }) {
  const t = await getTranslations("Survey.closed");
  const reason = error instanceof LinkClosedError ? error.reason : "closed";
  const opensAt = error instanceof LinkClosedError ? error.opensAt : null;
  const title = reason === "used" ? t("thanksTitle") : t("title");
  const body =
    reason === "used"
      ? t("used")
      : reason === "scheduled" && opensAt
        ? t("scheduled", { date: opensAt })
        : reason === "closed"
          ? t("closed")
          : t("notOpen");
  return <SurveyMessage title={title}>{body}</SurveyMessage>;
}
