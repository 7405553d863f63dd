"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { callApi } from "@/lib/client/api";

export function CreateOrganisationForm() {
  const router = useRouter();
  const [name, setName] = useState("");
  const mutation = useMutation({
    mutationFn: () => callApi<{ slug: string }>("POST", "/api/orgs", { name }),
    onSuccess: (organisation) => router.push(`/orgs/${organisation.slug}`),
  });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        mutation.mutate();
      }}
      aria-labelledby="create-org-heading"
    >
      <h2 id="create-org-heading">Create an organisation</h2>
      <p className="muted">For a client you run the diagnostic in. You become its owner.</p>
      <FormError message={mutation.error?.message} />
      <div className="inline-form">
        <div className="field">
          <label htmlFor="new-organisation-name">Name</label>
          <input id="new-organisation-name" type="text" value={name} onChange={(event) => setName(event.target.value)} required />
        </div>
        <button className="button" type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? "Creating…" : "Create organisation"}
        </button>
      </div>
    </form>
  );
}
