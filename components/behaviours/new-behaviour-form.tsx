"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
import type { LexiconEntry } from "@/lib/language/rules/language-rules";
import { BehaviourFields, type BehaviourDraft } from "./behaviour-fields";

type Props = {
  org: string;
  role: string;
  stage: string;
  objectives: { key: string; name: string }[];
  lexicon: LexiconEntry[];
  /** Why it matters, to start from (a workshop moment, quoted): the form then opens at once. */
  initialWhy?: string;
};

export function NewBehaviourForm({ org, role, stage, objectives, lexicon, initialWhy }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(Boolean(initialWhy));
  const [draft, setDraft] = useState<BehaviourDraft>({
    action: "",
    why: initialWhy ?? "",
    evidence: "",
    objectives: [],
  });
  const create = useApiForm({
    send: () => api.post(`/api/orgs/${org}/behaviours`, { ...draft, role, stage }, z.object({ key: z.string() })),
    onSuccess: (created) => router.push(`/orgs/${org}/behaviours/${created.key}`),
  });
  if (!open) {
    return (
      <button className="button" type="button" onClick={() => setOpen(true)}>
        Write a behaviour
      </button>
    );
  }
  return (
    <form onSubmit={create.onSubmit} aria-labelledby="new-behaviour-heading">
      <h2 id="new-behaviour-heading">New behaviour</h2>
      <FormError message={create.error?.message} />
      <BehaviourFields
        draft={draft}
        onChange={setDraft}
        objectives={objectives}
        lexicon={lexicon}
        invalidField={create.error?.field}
      />
      <div className="row-actions">
        <button className="button" type="submit" disabled={create.pending}>
          {create.pending ? "Saving…" : "Save as draft"}
        </button>
        <button className="button secondary" type="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
