"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
import { DEFAULT_INDUSTRY, type Industry } from "@/lib/setup/rules/industries";
import { IndustrySelect } from "./industry-select";

export function CreateOrganisationForm() {
  const router = useRouter();
  const [name, setName] = useState("");
  const [industry, setIndustry] = useState<Industry>(DEFAULT_INDUSTRY);
  const form = useApiForm({
    send: () => api.post("/api/orgs", { name, industry }, z.object({ slug: z.string() })),
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
        <div className="field">
          <label htmlFor="new-organisation-industry">Industry</label>
          <IndustrySelect
            id="new-organisation-industry"
            value={industry}
            onChange={setIndustry}
            describedBy="new-organisation-industry-hint"
          />
          <span className="hint" id="new-organisation-industry-hint">
            Sets the lifecycle stages and the words to avoid that setup starts from.
          </span>
        </div>
        <button className="button" type="submit" disabled={form.pending}>
          {form.pending ? "Creating…" : "Create organisation"}
        </button>
      </div>
    </form>
  );
}
