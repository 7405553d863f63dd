"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ApiError } from "@/lib/client/api";

/**
 * A refusal in the reporter's language: the server words its problems in English, shown as they are in
 * English; in any other language by the field it names.
 */
export function useObstacleError() {
  const t = useTranslations("Obstacle");
  const locale = useLocale();
  return (error: ApiError | null): string | undefined => {
    if (!error) return undefined;
    if (locale === "en") return error.detailOr(t("failed"));
    if (error.field === "kind") return t("errors.kind");
    if (error.field === "title") return t("errors.name");
    if (error.field === "effect") return t("errors.effect");
    return t("failed");
  };
}
