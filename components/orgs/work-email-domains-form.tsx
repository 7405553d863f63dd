"use client";

import { useState } from "react";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";

export function WorkEmailDomainsForm({ org, domains: initial }: { org: string; domains: string[] }) {
  const [text, setText] = useState(initial.join(", "));
  const form = useApiForm({
    send: () =>
      api.put(
        `/api/orgs/${org}/work-email-domains`,
        { domains: text.split(/[\s,;]+/).filter(Boolean) },
        z.object({ domains: z.array(z.string()) }),
      ),
    onSuccess: (saved) => setText(saved.domains.join(", ")),
    refresh: true,
  });
  return (
    <form onSubmit={form.onSubmit} aria-labelledby="domains-heading">
      <h2 id="domains-heading">Work email addresses</h2>
      <p className="hint">
        A verified shared link mails each person a single-use link, and each address answers once. Name your
        organisation&apos;s email domains so that only its people&apos;s addresses are accepted — otherwise anyone could
        answer many times with free addresses and make a small group visible.
      </p>
      <FormError message={form.error?.message} />
      {form.succeeded && (
        <div className="alert success" role="status">
          Saved.
        </div>
      )}
      <div className="inline-form">
        <div className="field">
          <label htmlFor="work-email-domains">Domains (separated by commas)</label>
          <input
            id="work-email-domains"
            type="text"
            value={text}
            onChange={(event) => setText(event.target.value)}
            placeholder="harbour.example, harbour-group.example"
          />
        </div>
        <button className="button" type="submit" disabled={form.pending}>
          Save
        </button>
      </div>
    </form>
  );
}
