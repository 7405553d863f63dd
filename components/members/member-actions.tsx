"use client";

import { useState } from "react";
import { type MemberRole, ROLE_LABELS } from "@/lib/access/roles";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { api } from "@/lib/client/api";
import { useApiAction, useApiForm } from "@/lib/client/use-api-form";
import { RoleFields } from "./role-fields";

type Props = {
  org: string;
  member: { id: string; name: string; role: MemberRole; departmentIds: string[] };
  departments: { id: string; name: string }[];
  isSelf: boolean;
};

export function MemberActions({ org, member, departments, isSelf }: Props) {
  const [editing, setEditing] = useState(false);
  const [role, setRole] = useState(member.role);
  const [departmentIds, setDepartmentIds] = useState(member.departmentIds);
  const url = `/api/orgs/${org}/members/${member.id}`;
  const save = useApiForm({
    send: () => api.patch(url, { role, departmentIds }),
    onSuccess: () => setEditing(false),
    refresh: true,
  });
  const remove = useApiAction({ send: () => api.delete(url), refresh: true });
  const error = save.error ?? remove.error;

  if (editing) {
    return (
      <form onSubmit={save.onSubmit} aria-label={`Change role of ${member.name}`}>
        {error && (
          <p className="field-error" role="alert">
            {error.message}
          </p>
        )}
        <RoleFields
          idPrefix={`m-${member.id}`}
          role={role}
          onRoleChange={setRole}
          departmentIds={departmentIds}
          onDepartmentsChange={setDepartmentIds}
          departments={departments}
        />
        <div className="row-actions">
          <button className="button small" type="submit" disabled={save.pending}>
            Save
          </button>
          <button className="button small secondary" type="button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </div>
      </form>
    );
  }
  return (
    <div>
      {error && (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      )}
      <div className="row-actions">
        <button
          className="button small secondary"
          type="button"
          onClick={() => setEditing(true)}
          aria-label={`Change role of ${member.name}`}
        >
          Change role
        </button>
        <ConfirmButton
          className="button small danger"
          disabled={remove.pending}
          aria-label={isSelf ? "Leave organisation" : `Remove ${member.name}`}
          confirm={
            isSelf
              ? {
                  title: "Leave this organisation?",
                  message: "You lose access to its model, findings and results at once; an owner can invite you again.",
                  action: "Leave the organisation",
                }
              : {
                  title: `Remove ${member.name} (${ROLE_LABELS[member.role]}) from this organisation?`,
                  message: `${member.name} loses access to its model, findings and results at once; you can invite them again.`,
                  action: `Remove ${member.name}`,
                }
          }
          onConfirm={() => remove.run()}
        >
          {isSelf ? "Leave" : "Remove"}
        </ConfirmButton>
      </div>
    </div>
  );
}
