"use client";

import type { LexiconEntry } from "@/lib/language/rules/language-rules";
import { LanguageFeedback } from "./language-feedback";

export type BehaviourDraft = { action: string; why: string; evidence: string; objectives: string[] };

type Props = {
  draft: BehaviourDraft;
  onChange: (draft: BehaviourDraft) => void;
  objectives: { key: string; name: string }[];
  lexicon: LexiconEntry[];
  invalidField?: string;
};

/** The fields of a behaviour definition, with the language check running on the action as it is typed. */
export function BehaviourFields({ draft, onChange, objectives, lexicon, invalidField }: Props) {
  const set = (changes: Partial<BehaviourDraft>) => onChange({ ...draft, ...changes });
  return (
    <>
      <div className="field">
        <label htmlFor="behaviour-action">Observable action</label>
        <span className="hint" id="behaviour-action-hint">
          What would you see this person do? Name the moment and the action, not an attitude.
        </span>
        <textarea
          id="behaviour-action"
          rows={3}
          value={draft.action}
          onChange={(e) => set({ action: e.target.value })}
          aria-describedby="behaviour-action-hint behaviour-action-check"
          aria-invalid={invalidField === "action" || undefined}
          required
        />
        <LanguageFeedback id="behaviour-action-check" text={draft.action} lexicon={lexicon} />
      </div>
      <div className="field">
        <label htmlFor="behaviour-why">Why it matters to the customer</label>
        <textarea id="behaviour-why" rows={2} value={draft.why} onChange={(e) => set({ why: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="behaviour-evidence">How you would see it happen</label>
        <textarea
          id="behaviour-evidence"
          rows={2}
          value={draft.evidence}
          onChange={(e) => set({ evidence: e.target.value })}
        />
      </div>
      {objectives.length > 0 && (
        <fieldset className="field" aria-invalid={invalidField === "objectives" || undefined}>
          <legend>Business objectives it serves</legend>
          <div className="checkbox-grid">
            {objectives.map((objective) => (
              <label key={objective.key}>
                <input
                  type="checkbox"
                  checked={draft.objectives.includes(objective.key)}
                  onChange={(e) =>
                    set({
                      objectives: e.target.checked
                        ? [...draft.objectives, objective.key]
                        : draft.objectives.filter((k) => k !== objective.key),
                    })
                  }
                />
                {objective.name}
              </label>
            ))}
          </div>
        </fieldset>
      )}
    </>
  );
}
