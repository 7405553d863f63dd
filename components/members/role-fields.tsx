"use client";

import { MEMBER_ROLES, ROLE_LABELS, type MemberRole } from "@/lib/access/roles";

type Props = {
  idPrefix: string;
  role: MemberRole;
  onRoleChange: (role: MemberRole) => void;
  departmentIds: string[];
  onDepartmentsChange: (ids: string[]) => void;
  departments: { id: string; name: string }[];
  invalidField?: string;
};

/** Role select, plus the departments a department head is responsible for. */
export function RoleFields({
  idPrefix,
  role,
  onRoleChange,
  departmentIds,
  onDepartmentsChange,
  departments,
  invalidField,
}: Props) {
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-role`}>Role</label>
        <select
          id={`${idPrefix}-role`}
          value={role}
          onChange={(event) => onRoleChange(event.target.value as MemberRole)}
          aria-invalid={invalidField === "role" || undefined}
        >
          {MEMBER_ROLES.map((value) => (
            <option key={value} value={value}>
              {ROLE_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      {role === "department_head" && (
        <fieldset className="field" aria-invalid={invalidField === "departmentIds" || undefined}>
          <legend>Departments</legend>
          {departments.length === 0 ? (
            <p className="muted">This organisation has no departments yet.</p>
          ) : (
            <div className="checkbox-grid">
              {departments.map((department) => (
                <label key={department.id}>
                  <input
                    type="checkbox"
                    checked={departmentIds.includes(department.id)}
                    onChange={(event) =>
                      onDepartmentsChange(
                        event.target.checked
                          ? [...departmentIds, department.id]
                          : departmentIds.filter((id) => id !== department.id),
                      )
                    }
                  />
                  {department.name}
                </label>
              ))}
            </div>
          )}
        </fieldset>
      )}
    </>
  );
}
