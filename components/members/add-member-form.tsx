"use client";

import { useState } from "react";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import type { MemberRole } from "@/lib/access/roles";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
import { RoleFields } from "./role-fields";

const invitedSchema = z.object({
  kind: z.literal("invited"),
  inviteUrl: z.string(),
  delivery: z.enum(["sent", "outbox"]),
});

export function AddMemberForm({ org, departments }: { org: string; departments: { id: string; name: string }[] }) {
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<MemberRole>("viewer");
  const [departmentIds, setDepartmentIds] = useState<string[]>([]);
  const form = useApiForm({
    send: () =>
      api
        .post(`/api/orgs/${org}/members`, { email, role, departmentIds }, invitedSchema)
        .then((invited) => ({ ...invited, email })),
    onSuccess: () => setEmail(""),
    refresh: true,
  });
  const outcome = form.result;

  return (
    <form onSubmit={form.onSubmit} noValidate aria-labelledby="add-member-heading">
      <h2 id="add-member-heading">Add a member</h2>
      <p className="muted">
        We email them an invitation. They join when they open its link, with their account or a new one.
      </p>
      <FormError message={form.error?.message} />
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
            <input
              type="text"
              readOnly
              value={outcome.inviteUrl}
              aria-label="Invitation link"
              onFocus={(e) => e.currentTarget.select()}
            />
          </div>
        </div>
      )}
      <div className="field">
        <label htmlFor="member-email">Email</label>
        <input
          id="member-email"
          type="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          required
          aria-invalid={form.invalid("email")}
        />
      </div>
      <RoleFields
        idPrefix="member"
        role={role}
        onRoleChange={setRole}
        departmentIds={departmentIds}
        onDepartmentsChange={setDepartmentIds}
        departments={departments}
        invalidField={form.error?.field}
      />
      <button className="button" type="submit" disabled={form.pending}>
        {form.pending ? "Inviting…" : "Add member"}
      </button>
    </form>
  );
}
