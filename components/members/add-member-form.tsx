"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { FormError } from "@/components/ui/form-error";
import type { MemberRole } from "@/lib/access/roles";
import { ApiError, callApi } from "@/lib/client/api";
import { RoleFields } from "./role-fields";

type Result = { kind: "invited"; inviteUrl: string; delivery: "sent" | "outbox" };

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
      <p className="muted">We email them an invitation. They join when they open its link, with their account or a new one.</p>
      <FormError message={mutation.error?.message} />
      {outcome && (
        <div className="alert success break-anywhere" role="status">
          <p>
            {outcome.email} is invited.{" "}
            {outcome.delivery === "sent"
              ? "We have emailed them the link."
              : "No mail server is set up, so the email is in the Outbox for you to pass on."}{" "}
            You can also send them this link yourself. It works for 14 days and is shown only now:
          </p>
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
        {mutation.isPending ? "Inviting…" : "Add member"}
      </button>
    </form>
  );
}
