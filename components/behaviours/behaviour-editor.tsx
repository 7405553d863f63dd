"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { ApiError, callApi } from "@/lib/client/api";
import type { LexiconEntry } from "@/lib/language/rules/language-rules";
import { BehaviourFields, type BehaviourDraft } from "./behaviour-fields";

type Props = {
  org: string;
  behaviour: { key: string; version: number; action: string; why: string | null; evidence: string | null; objectives: string[] };
  objectives: { key: string; name: string }[];
  lexicon: LexiconEntry[];
};

export function BehaviourEditor({ org, behaviour, objectives, lexicon }: Props) {
  const router = useRouter();
  const [draft, setDraft] = useState<BehaviourDraft>({ action: behaviour.action, why: behaviour.why ?? "", evidence: behaviour.evidence ?? "", objectives: behaviour.objectives });
  const save = useMutation({
    mutationFn: () => callApi<{ version: number }>("PATCH", `/api/orgs/${org}/behaviours/${behaviour.key}`, { ...draft, expectedVersion: behaviour.version }),
    onSuccess: () => router.refresh(),
  });
  const error = save.error instanceof ApiError ? save.error : null;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
      aria-labelledby="edit-heading"
    >
      <h2 id="edit-heading">Edit</h2>
      <FormError message={save.error?.message} />
      {save.isSuccess && !save.isPending && <div className="alert success" role="status">Saved as version {save.data.version}.</div>}
      <BehaviourFields draft={draft} onChange={setDraft} objectives={objectives} lexicon={lexicon} invalidField={error?.field} />
      <button className="button" type="submit" disabled={save.isPending}>{save.isPending ? "Saving…" : "Save new version"}</button>
    </form>
  );
}
