"use client";

import { useState } from "react";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
import { INDUSTRIES, type Industry } from "@/lib/setup/rules/industries";
import { IndustrySelect } from "./industry-select";

/** The organisation's industry, for owners: what the setup page's templates start from. */
export function IndustryForm({ org, industry: initial }: { org: string; industry: Industry }) {
  const [industry, setIndustry] = useState<Industry>(initial);
  const form = useApiForm({
    send: () => api.put(`/api/orgs/${org}/industry`, { industry }, z.object({ industry: z.enum(INDUSTRIES) })),
    refresh: true,
  });
  return (
    <form onSubmit={form.onSubmit} aria-labelledby="industry-heading">
      <h2 id="industry-heading">Industry</h2>
      <p className="hint" id="industry-hint">
        The lifecycle stages and the words that hide the customer that setup offers first. Changing it keeps the stages
        you have and a word list you have edited.
      </p>
      <FormError message={form.error?.message} />
      {form.succeeded && (
        <div className="alert success" role="status">
          Saved.
        </div>
      )}
      <div className="inline-form">
        <div className="field">
          <label htmlFor="organisation-industry">Industry</label>
          <IndustrySelect
            id="organisation-industry"
            value={industry}
            onChange={setIndustry}
            describedBy="industry-hint"
          />
        </div>
        <button className="button" type="submit" disabled={form.pending}>
          Save
        </button>
      </div>
    </form>
  );
}
