"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { FormError } from "@/components/ui/form-error";
import type { MemberRole } from "@/lib/auth/roles";
import { ApiError, callApi } from "@/lib/client/api";
import { RoleFields } from "./role-fields";

type Result = { kind: "added" } | { kind: "invited"; inviteUrl: string };

export function AddMemberForm({ org, departments }: { org: string; departments: { id: string; name: string }[] }) {
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<MemberRole>("viewer");
  const [departmentIds, setDepartmentIds] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<Result & { email: string } | null>(null);
  const mutation = useMutation({
    mutationFn: () => callApi<Result>("POST", `/api/orgs/${org}/members`, { email, role, departmentIds }),
    onSuccess: (result) => {
      setOutcome({ ...result, email });
      setEmail("");
      router.refresh();
    },
  });
  const error = mutation.error instanceof ApiError ? mutation.error : null;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setOutcome(null);
    mutation.mutate();
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="add-member-heading">
      <h2 id="add-member-heading">Add a member</h2>
      <p className="muted">People with an account join at once; anyone else gets an invitation link to pass on.</p>
      <FormError message={mutation.error?.message} />
      {outcome?.kind === "added" && <div className="alert success" role="status">{outcome.email} was added.</div>}
      {outcome?.kind === "invited" && (
        <div className="alert success" role="status">
          <p>{outcome.email} has no account yet. Send them this invitation link (valid 14 days, shown once):</p>
          <div className="copy-box">
            <input type="text" readOnly value={outcome.inviteUrl} aria-label="Invitation link" onFocus={(e) => e.currentTarget.select()} />
          </div>
        </div>
      )}
      <div className="field">
        <label htmlFor="member-email">Email</label>
        <input id="member-email" type="email" value={email} onChange={(event) => setEmail(event.target.value)} required aria-invalid={error?.field === "email" || undefined} />
      </div>
      <RoleFields
        idPrefix="member"
        role={role}
        onRoleChange={setRole}
        departmentIds={departmentIds}
        onDepartmentsChange={setDepartmentIds}
        departments={departments}
        invalidField={error?.field}
      />
      <button className="button" type="submit" disabled={mutation.isPending}>
        {mutation.isPending ? "Adding…" : "Add member"}
      </button>
    </form>
  );
}
