"use client";

import type { ConfirmRequest } from "@/components/ui/confirm-dialog";
import { count } from "@/lib/text/plural";
import { useModelEdit } from "../use-model-edit";
import { FieldError, type ModelEditAction, OtherError, invalidProps, submit } from "./form-parts";
import { RenameRow } from "./rename-row";
import { RoleDetails } from "./role-details";
import type { SetupDepartment, SetupRole } from "./setup-types";

/** Roles: rename, remove (the server keeps a role with behaviours), change their details, add. */
export function RolesSection({
  org,
  departments,
  roles,
  edit,
}: {
  org: string;
  departments: SetupDepartment[];
  roles: SetupRole[];
  edit: ModelEditAction;
}) {
  const departmentName = new Map(departments.map((d) => [d.key, d.name]));
  return (
    <section className="card" aria-labelledby="roles-heading">
      <h2 id="roles-heading">Roles</h2>
      <ul className="setup-list">
        {roles.map((r) => (
          <li key={r.key}>
            <RenameRow
              org={org}
              label={`Name of role ${r.name}`}
              name={r.name}
              note={`${departmentName.get(r.department)}, ${r.customerFacing ? "customer-facing" : "back-office"}${r.headcount !== undefined ? `, ${count(r.headcount, "person", "people")}` : ""}`}
              removal={roleRemoval(r, roles, departmentName)}
              rename={(name) => ({ op: "renameRole", key: r.key, name })}
              onRemove={() => edit.run({ op: "removeRole", key: r.key })}
            />
            <RoleDetails org={org} role={r} departments={departments} />
          </li>
        ))}
      </ul>
      {departments.length === 0 ? (
        <p className="muted">Add a department first.</p>
      ) : (
        <AddRoleForm org={org} departments={departments} />
      )}
    </section>
  );
}

/** Removing a role names its department, its kind and its people, which tell two roles of one name apart. */
function roleRemoval(role: SetupRole, roles: SetupRole[], departmentName: Map<string, string>): ConfirmRequest {
  const twin = roles.some((r) => r.key !== role.key && r.name === role.name && r.department === role.department);
  const facts = [
    `in ${departmentName.get(role.department)}`,
    role.customerFacing ? "customer-facing" : "back-office",
    role.headcount !== undefined ? count(role.headcount, "person", "people") : "",
    twin ? `key ${role.key}` : "",
  ].filter(Boolean);
  return {
    title: `Remove the role ${role.name} (${facts.join(", ")})?`,
    message: `${role.name} and the stages it takes part in leave the model. A role with behaviours is kept: retire its behaviours instead.`,
    action: `Remove ${role.name}`,
  };
}

function AddRoleForm({ org, departments }: { org: string; departments: SetupDepartment[] }) {
  const edit = useModelEdit(org);
  return (
    <form
      className="inline-form"
      onSubmit={submit(edit, (f) => ({
        op: "addRole",
        name: String(f.get("name")),
        department: String(f.get("department")),
        customerFacing: f.get("customerFacing") === "on",
        headcount: f.get("headcount") ? Number(f.get("headcount")) : undefined,
      }))}
    >
      <div className="field">
        <label htmlFor="new-role">New role</label>
        <input id="new-role" name="name" type="text" required {...invalidProps(edit, "name", "new-role-error")} />
        <FieldError id="new-role-error" error={edit.error} field="name" />
      </div>
      <div className="field">
        <label htmlFor="new-role-department">Department</label>
        <select
          id="new-role-department"
          name="department"
          {...invalidProps(edit, "department", "new-role-department-error")}
        >
          {departments.map((d) => (
            <option key={d.key} value={d.key}>
              {d.name}
            </option>
          ))}
        </select>
        <FieldError id="new-role-department-error" error={edit.error} field="department" />
      </div>
      <div className="field">
        <label htmlFor="new-role-headcount">Headcount</label>
        <input
          id="new-role-headcount"
          name="headcount"
          type="number"
          min={0}
          inputMode="numeric"
          {...invalidProps(edit, "headcount", "new-role-headcount-error")}
        />
        <FieldError id="new-role-headcount-error" error={edit.error} field="headcount" />
      </div>
      <label className="checkbox-inline">
        <input type="checkbox" name="customerFacing" /> Customer-facing
      </label>
      <button className="button" type="submit" disabled={edit.pending}>
        Add role
      </button>
      <OtherError edit={edit} fields={["name", "department", "headcount"]} />
    </form>
  );
}
