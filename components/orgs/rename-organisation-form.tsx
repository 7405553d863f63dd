"use client";

import { useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";

export function RenameOrganisationForm({ org, name: initialName }: { org: string; name: string }) {
  const [name, setName] = useState(initialName);
  const form = useApiForm({ send: () => api.patch(`/api/orgs/${org}`, { name }), refresh: true });
  return (
    <form onSubmit={form.onSubmit}>
      <FormError message={form.error?.message} />
      {form.succeeded && (
        <div className="alert success" role="status">
          Saved.
        </div>
      )}
      <div className="inline-form">
        <div className="field">
          <label htmlFor="organisation-name">Organisation name</label>
          <input
            id="organisation-name"
            type="text"
            value={name}
            onChange={(event) => setName(event.target.value)}
            required
          />
        </div>
        <button className="button" type="submit" disabled={form.pending}>
          Save
        </button>
      </div>
    </form>
  );
}
