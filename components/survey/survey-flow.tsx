"use client";

import { useMemo, useRef, useState } from "react";
import { api, asApiError } from "@/lib/client/api";
import { useAnswerSaver } from "./use-answer-saver";
import { DIMENSION_NAMES } from "@/lib/diagnostic/dimension-names";
import type { Dimension } from "@/lib/diagnostic/instrument-schema";
import type { SurveyState } from "@/lib/diagnostic/respond/survey-state";

const SCALE = [
  { value: 1, label: "Strongly disagree" },
  { value: 2, label: "Disagree" },
  { value: 3, label: "Neither agree nor disagree" },
  { value: 4, label: "Agree" },
  { value: 5, label: "Strongly agree" },
] as const;

type Step = { dimension: string; theme: string; items: SurveyState["items"]; lastOfDimension: boolean };

function stepsOf(items: SurveyState["items"]): Step[] {
  const steps: Step[] = [];
  for (const item of items) {
    const last = steps[steps.length - 1];
    if (last && last.dimension === item.dimension && last.theme === item.theme) last.items.push(item);
    else steps.push({ dimension: item.dimension, theme: item.theme, items: [item], lastOfDimension: false });
  }
  steps.forEach((step, i) => (step.lastOfDimension = steps[i + 1]?.dimension !== step.dimension));
  return steps;
}

/** One theme per step, answers saved as they are given, so the same link resumes; submitted once. */
export function SurveyFlow({ state }: { state: SurveyState }) {
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
      setError("Some answers are not saved yet. Check your connection and try again.");
      return;
    }
    await api.post(`${base}/submit`).then(
      () => setSubmitted(true),
      (caught: unknown) => setError(asApiError(caught).detailOr("Your answers could not be sent. Please try again.")),
    );
  }

  if (submitted) {
    return (
      <div className="survey-card" role="status">
        <h1>Thank you</h1>
        <p>
          Your answers are in. They are stored without your name or this link, and are only ever shown combined with at
          least a handful of colleagues&apos; answers.
        </p>
      </div>
    );
  }

  const answered = state.items.filter((item) => item.key in answers).length;
  const step = steps[stepIndex];
  return (
    <div className="survey-card">
      <div className="survey-progress">
        <label htmlFor="survey-progress">
          {answered} of {state.items.length} statements answered
        </label>
        <progress id="survey-progress" max={state.items.length} value={answered} />
        <span className="hint" aria-live="polite">
          {saver.state === "saving"
            ? "Saving…"
            : saver.state === "error"
              ? "Not saved — check your connection"
              : saver.state === "saved"
                ? "All answers saved"
                : "Answers are saved as you go"}
        </span>
        {saver.state === "error" && (
          <button className="button secondary small" type="button" onClick={() => void saver.retry()}>
            Try again
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
            Step {stepIndex + 1} of {steps.length} · {DIMENSION_NAMES[step.dimension as Dimension]}
          </p>
          <h1 ref={heading} tabIndex={-1}>
            {step.theme}
          </h1>
          {step.items.map((item) => (
            <fieldset key={item.key} className="survey-item">
              <legend>{item.text}</legend>
              <div className="scale">
                {SCALE.map((option) => (
                  <label key={option.value}>
                    <input
                      type="radio"
                      name={item.key}
                      value={option.value}
                      checked={answers[item.key] === option.value}
                      onChange={() => answer(item.key, option.value)}
                    />
                    <span>{option.label}</span>
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
                  <span>Don&apos;t know</span>
                </label>
              </div>
            </fieldset>
          ))}
          {step.lastOfDimension && (
            <div className="field">
              <label htmlFor={`comment-${step.dimension}`}>Anything you want to add about this? (optional)</label>
              <textarea
                id={`comment-${step.dimension}`}
                rows={3}
                maxLength={2000}
                value={comments[step.dimension] ?? ""}
                onChange={(e) => setComments({ ...comments, [step.dimension]: e.target.value })}
                onBlur={() => saver.save({ comments: { [step.dimension]: comments[step.dimension] ?? "" } })}
              />
              <span className="hint">Comments are shown only for groups of at least ten people. Avoid names.</span>
            </div>
          )}
          <div className="row-actions">
            {stepIndex > 0 && (
              <button className="button secondary" type="button" onClick={() => go(stepIndex - 1)}>
                Back
              </button>
            )}
            <button className="button" type="submit">
              Next
            </button>
          </div>
        </form>
      ) : (
        <div>
          <h1 ref={heading} tabIndex={-1}>
            Ready to send
          </h1>
          <p>
            You answered {answered} of {state.items.length} statements. You can go back and change any answer before
            sending.
          </p>
          {error && (
            <div className="alert error" role="alert">
              {error}
            </div>
          )}
          <div className="row-actions">
            <button className="button secondary" type="button" onClick={() => go(steps.length - 1)}>
              Back
            </button>
            <button className="button" type="button" onClick={submit}>
              Send my answers
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
