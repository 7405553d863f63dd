"use client";

import { useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";

type Moment = { story: string; why: string; weCreateIt: string };
const EMPTY: Moment = { story: "", why: "", weCreateIt: "" };

function MomentFields({
  kind,
  value,
  onChange,
}: {
  kind: "best" | "worst";
  value: Moment;
  onChange: (m: Moment) => void;
}) {
  const label = kind === "best" ? "best" : "worst";
  return (
    <fieldset className="field workshop-moment">
      <legend>Your {label} experience as a customer — anywhere, not only here</legend>
      <div className="field">
        <label htmlFor={`${kind}-story`}>What happened?</label>
        <textarea
          id={`${kind}-story`}
          rows={3}
          value={value.story}
          onChange={(e) => onChange({ ...value, story: e.target.value })}
          maxLength={2000}
        />
      </div>
      <div className="field">
        <label htmlFor={`${kind}-why`}>What made it so {kind === "best" ? "good" : "bad"}?</label>
        <input
          id={`${kind}-why`}
          type="text"
          value={value.why}
          onChange={(e) => onChange({ ...value, why: e.target.value })}
          maxLength={1000}
        />
      </div>
      <fieldset className="field">
        <legend>Does our organisation create moments like this for its customers?</legend>
        {[
          ["yes", "Yes"],
          ["sometimes", "Sometimes"],
          ["no", "No"],
          ["not_sure", "Not sure"],
        ].map(([v, text]) => (
          <label key={v} className="checkbox-inline">
            <input
              type="radio"
              name={`${kind}-we-create`}
              value={v}
              checked={value.weCreateIt === v}
              onChange={() => onChange({ ...value, weCreateIt: v! })}
            />{" "}
            {text}
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}

/** The empathy exercise: recall your best and worst experience as a customer, and hold it up to us. */
export function WorkshopForm({ token }: { token: string }) {
  const [best, setBest] = useState(EMPTY);
  const [worst, setWorst] = useState(EMPTY);
  const given = (m: Moment) => (m.story.trim() || m.why.trim() || m.weCreateIt ? m : undefined);
  const form = useApiForm({
    send: () => api.post(`/api/workshop/${encodeURIComponent(token)}`, { best: given(best), worst: given(worst) }),
  });
  if (form.succeeded) {
    return (
      <div role="status">
        <h2>Thank you</h2>
        <p>Your moments are in. They carry no name. The facilitator will bring them to the room.</p>
      </div>
    );
  }
  return (
    <form onSubmit={form.onSubmit}>
      <MomentFields kind="best" value={best} onChange={setBest} />
      <MomentFields kind="worst" value={worst} onChange={setWorst} />
      {/* Beside the button just pressed, and focused: at the top of a long form a phone would not show it. */}
      <FormError message={form.error?.detailOr("Could not send your moments.")} takeFocus />
      <button className="button" type="submit" disabled={form.pending}>
        Send
      </button>
      <p className="hint">No name is asked or kept. Fill in one experience or both.</p>
    </form>
  );
}
