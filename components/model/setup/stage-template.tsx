"use client";

import { useState } from "react";
import { IndustrySelect } from "@/components/orgs/industry-select";
import { STAGE_TEMPLATES } from "@/lib/setup/rules/industries";
import { count } from "@/lib/text/plural";
import type { ModelEditAction } from "./form-parts";
import { useSetupIndustry } from "./industry-context";

/**
 * An organisation without stages starts its lifecycle from a template: its industry's, or another the consultant
 * picks, with the stages it will create shown before anything is written.
 */
export function StageTemplate({ edit }: { edit: ModelEditAction }) {
  const [industry, setIndustry] = useState(useSetupIndustry());
  const names = STAGE_TEMPLATES[industry];
  return (
    <div className="stage-template">
      <p className="hint" id="stage-template-hint">
        Start from the stages customers of an industry go through, in their words. You can rename, reorder and add
        stages afterwards.
      </p>
      <div className="field" style={{ maxWidth: "24rem" }}>
        <label htmlFor="stage-template">Template</label>
        <IndustrySelect id="stage-template" value={industry} onChange={setIndustry} describedBy="stage-template-hint" />
      </div>
      <ol className="chips" aria-label="Stages the template creates" style={{ listStyle: "none", padding: 0 }}>
        {names.map((name) => (
          <li key={name} className="chip">
            {name}
          </li>
        ))}
      </ol>
      <p>
        <button
          className="button secondary"
          type="button"
          disabled={edit.pending}
          onClick={() => edit.run({ op: "applyStageTemplate", industry })}
        >
          Start from the template ({count(names.length, "stage")})
        </button>
      </p>
    </div>
  );
}
