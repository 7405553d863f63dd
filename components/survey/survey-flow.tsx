"use client";

import { useTranslations } from "next-intl";
import { useMemo, useRef, useState } from "react";
import { api, asApiError } from "@/lib/client/api";
import type { Dimension } from "@/lib/diagnostic/dimensions";
import type { SurveyState } from "@/lib/diagnostic/respond/survey-state";
import { useAnswerSaver } from "./use-answer-saver";
import { useRespondentError } from "./use-respondent-error";

const SCALE = [1, 2, 3, 4, 5] as const;

/** The survey as the page hands it over: each statement already in the respondent's language, or marked as not. */
export type SurveyScreen = Omit<SurveyState, "items"> & {
  /** `themeLang`: the language the theme is in, when the page translated it (else the instrument's). */
  items: { key: string; dimension: string; theme: string; text: string; lang: string; themeLang?: string }[];
};
type Item = SurveyScreen["items"][number];
type Step = { dimension: string; theme: string; themeLang?: string; items: Item[]; lastOfDimension: boolean };

function stepsOf(items: Item[]): Step[] {
  const steps: Step[] = [];
  for (const item of items) {
    const last = steps[steps.length - 1];
    if (last && last.dimension === item.dimension && last.theme === item.theme) last.items.push(item);
    else
      steps.push({
        dimension: item.dimension,
        theme: item.theme,
        themeLang: item.themeLang,
        items: [item],
        lastOfDimension: false,
      });
  }
  steps.forEach((step, i) => (step.lastOfDimension = steps[i + 1]?.dimension !== step.dimension));
  return steps;
}

/**
 * One theme per step, answers saved as they are given, so the same link resumes; submitted once. At a kiosk,
 * `onSubmitted` takes over after sending (its own thanks, then the next person).
 */
export function SurveyFlow({ state, onSubmitted }: { state: SurveyScreen; onSubmitted?: () => void }) {
  const t = useTranslations("Survey.flow");
  const errorText = useRespondentError();
  const steps = useMemo(() => stepsOf(state.items), [state.items]);
  const [answers, setAnswers] = useState<Record<string, number | null>>(state.answers);
  const [comments, setComments] = useState<Record<string, string>>(state.comments);
  const firstOpen = steps.findIndex((step) => step.items.some((item) => !(item.key in state.answers)));
  const [stepIndex, setStepIndex] = useState(firstOpen === -1 ? steps.length : firstOpen);
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const base = `/api/survey/${encodeURIComponent(state.sessionToken)}`;
  const saver = useAnswerSaver(`${base}/answers`);

  function answer(key: string, value: number | null) {
    setAnswers((current) => ({ ...current, [key]: value }));
    saver.save({ answers: { [key]: value } });
  }

  function go(index: number) {
    setStepIndex(index);
    window.scrollTo({ top: 0 });
    requestAnimationFrame(() => heading.current?.focus());
  }

  async function submit() {
    setError(null);
    // Sending before the last answers are stored would leave them out of the response.
    if (!(await saver.settle())) {
      setError(t("notAllSaved"));
      return;
    }
    await api.post(`${base}/submit`).then(
      () => (onSubmitted ? onSubmitted() : setSubmitted(true)),
      (caught: unknown) => setError(errorText(asApiError(caught), "flow.sendFailed") ?? null),
    );
  }

  if (submitted) {
    return (
      <div className="survey-card" role="status">
        <h1>{t("thanksTitle")}</h1>
        <p>{t("thanks")}</p>
      </div>
    );
  }

  const answered = state.items.filter((item) => item.key in answers).length;
  const step = steps[stepIndex];
  return (
    <div className="survey-card">
      <div className="survey-progress">
        <label htmlFor="survey-progress">{t("progress", { answered, total: state.items.length })}</label>
        <progress id="survey-progress" max={state.items.length} value={answered} />
        <span
          className={saver.state === "error" || saver.state === "throttled" ? "hint survey-unsaved" : "hint"}
          role="status"
        >
          {saver.state === "saving"
            ? t("saving")
            : saver.state === "error"
              ? t("notSaved")
              : saver.state === "throttled"
                ? t("notSavedTooMany")
                : saver.state === "saved"
                  ? t("saved")
                  : t("savedAsYouGo")}
        </span>
        {(saver.state === "error" || saver.state === "throttled") && (
          <button className="button secondary small" type="button" onClick={() => void saver.retry()}>
            {t("tryAgain")}
          </button>
        )}
      </div>
      {step ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            go(stepIndex + 1);
          }}
        >
          <p className="muted">
            {t("step", {
              step: stepIndex + 1,
              steps: steps.length,
              dimension: t(`dimension.${step.dimension as Dimension}`),
            })}
          </p>
          {/* The theme in the respondent's language when the instrument has it: the heading says which it is in. */}
          <h1 ref={heading} tabIndex={-1} lang={step.themeLang ?? state.language}>
            {step.theme}
          </h1>
          {step.items.map((item) => (
            <fieldset key={item.key} className="survey-item">
              <legend lang={item.lang}>{item.text}</legend>
              <div className="scale">
                {SCALE.map((value) => (
                  <label key={value}>
                    <input
                      type="radio"
                      name={item.key}
                      value={value}
                      checked={answers[item.key] === value}
                      onChange={() => answer(item.key, value)}
                    />
                    <span>{t(`scale.${value}`)}</span>
                  </label>
                ))}
                <label className="dont-know">
                  <input
                    type="radio"
                    name={item.key}
                    value="dk"
                    checked={item.key in answers && answers[item.key] === null}
                    onChange={() => answer(item.key, null)}
                  />
                  <span>{t("dontKnow")}</span>
                </label>
              </div>
            </fieldset>
          ))}
          {step.lastOfDimension && (
            <div className="field">
              <label htmlFor={`comment-${step.dimension}`}>{t("comment")}</label>
              <textarea
                id={`comment-${step.dimension}`}
                rows={3}
                aria-describedby={`comment-hint-${step.dimension}`}
                maxLength={2000}
                value={comments[step.dimension] ?? ""}
                onChange={(e) => setComments({ ...comments, [step.dimension]: e.target.value })}
                onBlur={() => saver.save({ comments: { [step.dimension]: comments[step.dimension] ?? "" } })}
              />
              <span className="hint" id={`comment-hint-${step.dimension}`}>
                {t("commentHint")}
              </span>
            </div>
          )}
          <div className="row-actions">
            {stepIndex > 0 && (
              <button className="button secondary" type="button" onClick={() => go(stepIndex - 1)}>
                {t("back")}
              </button>
            )}
            <button className="button" type="submit">
              {t("next")}
            </button>
          </div>
        </form>
      ) : (
        <div>
          <h1 ref={heading} tabIndex={-1}>
            {t("readyTitle")}
          </h1>
          <p>{t("readySummary", { answered, total: state.items.length })}</p>
          {error && (
            <div className="alert error" role="alert">
              {error}
            </div>
          )}
          <div className="row-actions">
            <button className="button secondary" type="button" onClick={() => go(steps.length - 1)}>
              {t("back")}
            </button>
            <button className="button" type="button" onClick={submit}>
              {t("send")}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
