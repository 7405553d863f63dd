"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { callApi } from "@/lib/client/api";

export function WorkEmailDomainsForm({ org, domains: initial }: { org: string; domains: string[] }) {
  const router = useRouter();
  const [text, setText] = useState(initial.join(", "));
  const mutation = useMutation({
    mutationFn: () => callApi<{ domains: string[] }>("PUT", `/api/orgs/${org}/work-email-domains`, { domains: text.split(/[\s,;]+/).filter(Boolean) }),
    onSuccess: (saved) => {
      setText(saved.domains.join(", "));
      router.refresh();
    },
  });
  return (
    <form onSubmit={(event) => { event.preventDefault(); mutation.mutate(); }} aria-labelledby="domains-heading">
      <h2 id="domains-heading">Work email addresses</h2>
      <p className="hint">
        A verified shared link mails each person a single-use link, and each address answers once. Name your organisation&apos;s email domains so that only its people&apos;s addresses are accepted —
        otherwise anyone could answer many times with free addresses and make a small group visible.
      </p>
      <FormError message={mutation.error?.message} />
      {mutation.isSuccess && <div className="alert success" role="status">Saved.</div>}
      <div className="inline-form">
        <div className="field">
          <label htmlFor="work-email-domains">Domains (separated by commas)</label>
          <input id="work-email-domains" type="text" value={text} onChange={(event) => setText(event.target.value)} placeholder="harbour.example, harbour-group.example" />
        </div>
        <button className="button" type="submit" disabled={mutation.isPending}>Save</button>
      </div>
    </form>
  );
}
