"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";

export function CreateOrganisationForm() {
  const router = useRouter();
  const [name, setName] = useState("");
  const form = useApiForm({
    send: () => api.post("/api/orgs", { name }, z.object({ slug: z.string() })),
    onSuccess: (organisation) => router.push(`/orgs/${organisation.slug}`),
  });
  return (
    <form onSubmit={form.onSubmit} aria-labelledby="create-org-heading">
      <h2 id="create-org-heading">Create an organisation</h2>
      <p className="muted">For a client you run the diagnostic in. You become its owner.</p>
      <FormError message={form.error?.message} />
      <div className="inline-form">
        <div className="field">
          <label htmlFor="new-organisation-name">Name</label>
          <input
            id="new-organisation-name"
            type="text"
            value={name}
            onChange={(event) => setName(event.target.value)}
            required
          />
        </div>
        <button className="button" type="submit" disabled={form.pending}>
          {form.pending ? "Creating…" : "Create organisation"}
        </button>
      </div>
    </form>
  );
}
