"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback } from "react";
import type { ApiError } from "@/lib/client/api";

type Fallback = "segment.failed" | "personalLink.failed" | "flow.sendFailed";

/**
 * A refusal in the respondent's language. The server words its problems in English; in English they are
 * shown as they are, in any other language by what the refusal is (its status and field).
 */
export function useRespondentError() {
  const t = useTranslations("Survey");
  const locale = useLocale();
  return useCallback(
    (error: ApiError | null | undefined, fallback: Fallback): string | undefined => {
      if (!error) return undefined;
      if (locale === "en") return error.detailOr(t(fallback));
      if (error.status === 0) return t("errors.offline");
      if (error.status === 429) return t("errors.tooMany");
      if (error.status === 410) return t("errors.closed");
      if (error.status === 409) return t("errors.alreadyAnswered");
      if (error.status === 400) return error.field === "email" ? t("personalLink.notAllowed") : t("errors.choose");
      return t(fallback);
    },
    [locale, t],
  );
}
