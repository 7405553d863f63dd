"use client";

import type { ModelEditAction } from "./form-parts";

/** An organisation without stages starts its lifecycle from the template. */
export function StageTemplate({ edit }: { edit: ModelEditAction }) {
  return (
    <p>
      <button className="button secondary" type="button" onClick={() => edit.run({ op: "applyStageTemplate" })}>
        Start from the template (Discover … Renew or leave)
      </button>
    </p>
  );
}
