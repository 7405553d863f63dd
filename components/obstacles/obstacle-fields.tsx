"use client";

import { useTranslations } from "next-intl";
import { NameOptions } from "@/components/ui/name-options";
import type { ApiError } from "@/lib/client/api";

export const OBSTACLE_KIND_VALUES = ["process", "form", "system", "measure"] as const;

/** What an obstacle report says, the same by the link and in the app: what it is, where, what it does to customers. */
export type ObstacleDraft = { kind: string; title: string; stage: string; effect: string };
export const EMPTY_DRAFT: ObstacleDraft = { kind: "", title: "", stage: "", effect: "" };

/** The report's fields, in the reporter's language (the Obstacle messages). */
export function ObstacleFields({
  value,
  onChange,
  stages,
  error,
}: {
  value: ObstacleDraft;
  onChange: (draft: ObstacleDraft) => void;
  stages: readonly { key: string; name: string }[];
  error: ApiError | null;
}) {
  const t = useTranslations("Obstacle");
  const invalid = (field: string) => (error?.field === field ? true : undefined);
  return (
    <>
      <fieldset className="field" aria-invalid={invalid("kind")}>
        <legend>{t("kind.legend")}</legend>
        {OBSTACLE_KIND_VALUES.map((kind) => (
          <label key={kind} className="checkbox-inline">
            <input
              type="radio"
              name="kind"
              value={kind}
              required
              checked={value.kind === kind}
              onChange={() => onChange({ ...value, kind })}
            />{" "}
            {t(`kind.${kind}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="obstacle-title">{t("name.label")}</label>
        <input
          id="obstacle-title"
          type="text"
          required
          minLength={3}
          maxLength={200}
          aria-describedby="obstacle-title-hint"
          aria-invalid={invalid("title")}
          value={value.title}
          onChange={(e) => onChange({ ...value, title: e.target.value })}
        />
        <p className="hint" id="obstacle-title-hint">
          {t("name.hint")}
        </p>
      </div>
      {stages.length > 0 && (
        <div className="field">
          <label htmlFor="obstacle-stage">{t("stage.label")}</label>
          <select
            id="obstacle-stage"
            value={value.stage}
            aria-invalid={invalid("stage")}
            onChange={(e) => onChange({ ...value, stage: e.target.value })}
          >
            <option value="">{t("stage.notSure")}</option>
            <NameOptions items={stages} />
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor="obstacle-effect">{t("effect.label")}</label>
        <textarea
          id="obstacle-effect"
          rows={4}
          required
          minLength={10}
          maxLength={2000}
          aria-describedby="obstacle-effect-hint"
          aria-invalid={invalid("effect")}
          value={value.effect}
          onChange={(e) => onChange({ ...value, effect: e.target.value })}
        />
        <p className="hint" id="obstacle-effect-hint">
          {t("effect.hint")}
        </p>
      </div>
    </>
  );
}
