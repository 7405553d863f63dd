"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { callApi } from "@/lib/client/api";

export function RenameOrganisationForm({ org, name: initialName }: { org: string; name: string }) {
  const router = useRouter();
  const [name, setName] = useState(initialName);
  const mutation = useMutation({ mutationFn: () => callApi("PATCH", `/api/orgs/${org}`, { name }), onSuccess: () => router.refresh() });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        mutation.mutate();
      }}
    >
      <FormError message={mutation.error?.message} />
      {mutation.isSuccess && <div className="alert success" role="status">Saved.</div>}
      <div className="inline-form">
        <div className="field">
          <label htmlFor="organisation-name">Organisation name</label>
          <input id="organisation-name" type="text" value={name} onChange={(event) => setName(event.target.value)} required />
        </div>
        <button className="button" type="submit" disabled={mutation.isPending}>Save</button>
      </div>
    </form>
  );
}
