"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { api, textBody } from "@/lib/client/api";
import { useApiAction, useApiForm } from "@/lib/client/use-api-form";

/** Copy an instrument under a new name. */
export function CopyInstrumentForm({ org, instrument }: { org: string; instrument: { id: string; name: string } }) {
  const router = useRouter();
  const [name, setName] = useState(`${instrument.name} (copy)`);
  const copy = useApiForm({
    send: () => api.post(`/api/orgs/${org}/instruments/${instrument.id}/copy`, { name }, z.object({ id: z.string() })),
    onSuccess: ({ id }) => router.push(`/orgs/${org}/diagnostic/instruments/${id}`),
  });
  return (
    <form className="inline-form" onSubmit={copy.onSubmit}>
      <FormError message={copy.error?.message} />
      <div className="field">
        <label htmlFor={`copy-${instrument.id}`}>Name of the copy</label>
        <input
          id={`copy-${instrument.id}`}
          type="text"
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          maxLength={200}
        />
      </div>
      <button className="button secondary small" type="submit" disabled={copy.pending}>
        Copy
      </button>
    </form>
  );
}

const pathErrors = z.array(z.object({ path: z.string(), message: z.string() }));

/** Import a throughline.instrument/1 file; a refused file lists every problem by path. */
export function ImportInstrumentInput({ org }: { org: string }) {
  const upload = useApiAction({
    send: async (file: File) =>
      api.post(`/api/orgs/${org}/instruments`, textBody(await file.text(), "application/json")),
    refresh: true,
  });
  const errors = upload.error?.extension("errors", pathErrors) ?? [];
  return (
    <div className="field">
      <label htmlFor="instrument-import">Import an instrument file (throughline.instrument/1 JSON)</label>
      <input
        id="instrument-import"
        type="file"
        accept=".json,application/json"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (!file) return;
          upload.run(file);
        }}
      />
      {upload.succeeded && (
        <div className="alert success" role="status">
          Imported. It is listed below and can be chosen for a new wave.
        </div>
      )}
      {upload.error && (
        <div className="alert error" role="alert">
          {upload.error.detailOr("The file was refused.")}
          {errors.length > 0 && (
            <ul>
              {errors.map((error, i) => (
                <li key={i}>
                  <code>{error.path}</code>: {error.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
