"use client";

import { useState } from "react";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
import type { LexiconEntry } from "@/lib/language/rules/language-rules";
import { BehaviourFields, type BehaviourDraft } from "./behaviour-fields";

type Props = {
  org: string;
  behaviour: {
    key: string;
    version: number;
    action: string;
    why: string | null;
    evidence: string | null;
    objectives: string[];
  };
  objectives: { key: string; name: string }[];
  lexicon: LexiconEntry[];
};

export function BehaviourEditor({ org, behaviour, objectives, lexicon }: Props) {
  const [draft, setDraft] = useState<BehaviourDraft>({
    action: behaviour.action,
    why: behaviour.why ?? "",
    evidence: behaviour.evidence ?? "",
    objectives: behaviour.objectives,
  });
  const save = useApiForm({
    send: () =>
      api.patch(
        `/api/orgs/${org}/behaviours/${behaviour.key}`,
        { ...draft, expectedVersion: behaviour.version },
        z.object({ version: z.number() }),
      ),
    refresh: true,
  });
  return (
    <form onSubmit={save.onSubmit} aria-labelledby="edit-heading">
      <h2 id="edit-heading">Edit</h2>
      <FormError message={save.error?.message} />
      {/* Only while it is still the latest version: a later step (propose, approve…) makes it stale. */}
      {save.result && save.result.version === behaviour.version && (
        <div className="alert success" role="status">
          Saved as version {save.result.version}.
        </div>
      )}
      <BehaviourFields
        draft={draft}
        onChange={setDraft}
        objectives={objectives}
        lexicon={lexicon}
        invalidField={save.error?.field}
      />
      <button className="button" type="submit" disabled={save.pending}>
        {save.pending ? "Saving…" : "Save new version"}
      </button>
    </form>
  );
}
