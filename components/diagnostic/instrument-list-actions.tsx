"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { callApi } from "@/lib/client/api";

/** Copy an instrument under a new name. */
export function CopyInstrumentForm({ org, instrument }: { org: string; instrument: { id: string; name: string } }) {
  const router = useRouter();
  const [name, setName] = useState(`${instrument.name} (copy)`);
  const copy = useMutation({
    mutationFn: () => callApi<{ id: string }>("POST", `/api/orgs/${org}/instruments/${instrument.id}/copy`, { name }),
    onSuccess: ({ id }) => router.push(`/orgs/${org}/diagnostic/instruments/${id}`),
  });
  return (
    <form className="inline-form" onSubmit={(e) => { e.preventDefault(); copy.mutate(); }}>
      <FormError message={copy.error?.message} />
      <div className="field">
        <label htmlFor={`copy-${instrument.id}`}>Name of the copy</label>
        <input id={`copy-${instrument.id}`} type="text" value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
      </div>
      <button className="button secondary small" type="submit" disabled={copy.isPending}>Copy</button>
    </form>
  );
}

type ImportOutcome = { ok: true } | { ok: false; detail: string; errors: { path: string; message: string }[] };

/** Import a throughline.instrument/1 file; a refused file lists every problem by path. */
export function ImportInstrumentInput({ org }: { org: string }) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  return (
    <div className="field">
      <label htmlFor="instrument-import">Import an instrument file (throughline.instrument/1 JSON)</label>
      <input
        id="instrument-import"
        type="file"
        accept=".json,application/json"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (!file) return;
          const response = await fetch(`/api/orgs/${org}/instruments`, { method: "POST", headers: { "content-type": "application/json" }, body: await file.text() });
          const body = await response.json().catch(() => ({}));
          setOutcome(response.ok ? { ok: true } : { ok: false, detail: body.detail ?? "The file was refused.", errors: body.errors ?? [] });
          if (response.ok) router.refresh();
        }}
      />
      {outcome?.ok && <div className="alert success" role="status">Imported. It is listed below and can be chosen for a new wave.</div>}
      {outcome && !outcome.ok && (
        <div className="alert error" role="alert">
          {outcome.detail}
          {outcome.errors.length > 0 && <ul>{outcome.errors.map((error, i) => <li key={i}><code>{error.path}</code>: {error.message}</li>)}</ul>}
        </div>
      )}
    </div>
  );
}
