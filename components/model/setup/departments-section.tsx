"use client";

import { useId, useState } from "react";
import type { ConfirmRequest } from "@/components/ui/confirm-dialog";
import { count, listInWords } from "@/lib/text/plural";
import { useModelEdit } from "../use-model-edit";
import { FieldError, type ModelEditAction, OtherError, invalidProps, submit } from "./form-parts";
import { RenameRow } from "./rename-row";
import type { SetupDepartment, SetupRole } from "./setup-types";

/** Departments: rename, remove when empty, move under another, add. */
export function DepartmentsSection({
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
    <section className="card" aria-labelledby="departments-heading">
      <h2 id="departments-heading">Departments</h2>
      <ul className="setup-list">
        {departments.map((d) => (
          <li key={d.key}>
            <RenameRow
              org={org}
              label={`Name of department ${d.name}`}
              name={d.name}
              note={d.parent ? `in ${departmentName.get(d.parent)}` : undefined}
              removal={departmentRemoval(d, departments, roles)}
              rename={(name) => ({ op: "renameDepartment", key: d.key, name })}
              onRemove={() => edit.run({ op: "removeDepartment", key: d.key })}
            />
            <DepartmentPlace org={org} department={d} departments={departments} />
          </li>
        ))}
      </ul>
      <AddDepartmentForm org={org} departments={departments} />
    </section>
  );
}

/**
 * Removing a department names where it sits and what it holds; when another department shares its name and
 * place, its key is the only thing left that tells them apart, so it is named too.
 */
function departmentRemoval(
  department: SetupDepartment,
  departments: SetupDepartment[],
  roles: SetupRole[],
): ConfirmRequest {
  const parent = departments.find((d) => d.key === department.parent)?.name;
  const twin = departments.some(
    (d) => d.key !== department.key && d.name === department.name && d.parent === department.parent,
  );
  const roleCount = roles.filter((r) => r.department === department.key).length;
  const childCount = departments.filter((d) => d.parent === department.key).length;
  const holds = [roleCount && count(roleCount, "role"), childCount && count(childCount, "sub-department")].filter(
    (part) => typeof part === "string",
  );
  const facts = [
    parent ? `in ${parent}` : "top level",
    twin ? `key ${department.key}` : "",
    holds.length ? listInWords(holds) : "no roles",
  ].filter(Boolean);
  return {
    title: `Remove the department ${department.name} (${facts.join(", ")})?`,
    message: holds.length
      ? `${department.name} still holds ${listInWords(holds)}: move or remove them first, or nothing is removed.`
      : `${department.name} holds no roles or sub-departments; it leaves the model.`,
    action: `Remove ${department.name}`,
  };
}

function AddDepartmentForm({ org, departments }: { org: string; departments: SetupDepartment[] }) {
  const edit = useModelEdit(org);
  return (
    <form
      className="inline-form"
      onSubmit={submit(edit, (f) => ({
        op: "addDepartment",
        name: String(f.get("name")),
        parent: String(f.get("parent")) || undefined,
      }))}
    >
      <div className="field">
        <label htmlFor="new-department">New department</label>
        <input
          id="new-department"
          name="name"
          type="text"
          required
          {...invalidProps(edit, "name", "new-department-error")}
        />
        <FieldError id="new-department-error" error={edit.error} field="name" />
      </div>
      <div className="field">
        <label htmlFor="new-department-parent">Inside</label>
        <select
          id="new-department-parent"
          name="parent"
          defaultValue=""
          {...invalidProps(edit, "parent", "new-department-parent-error")}
        >
          <option value="">(top level)</option>
          {departments.map((d) => (
            <option key={d.key} value={d.key}>
              {d.name}
            </option>
          ))}
        </select>
        <FieldError id="new-department-parent-error" error={edit.error} field="parent" />
      </div>
      <button className="button" type="submit" disabled={edit.pending}>
        Add department
      </button>
      <OtherError edit={edit} fields={["name", "parent"]} />
    </form>
  );
}

/** Where a department sits: under another department or at the top level. The server refuses a loop. */
function DepartmentPlace({
  org,
  department,
  departments,
}: {
  org: string;
  department: SetupDepartment;
  departments: SetupDepartment[];
}) {
  const edit = useModelEdit(org);
  const id = useId();
  const [parent, setParent] = useState(department.parent ?? "");
  return (
    <form
      className="inline-form setup-details"
      onSubmit={(e) => {
        e.preventDefault();
        edit.run({ op: "moveDepartment", key: department.key, parent: parent || null });
      }}
    >
      <div className="field">
        <label htmlFor={id}>Where {department.name} sits</label>
        <select
          id={id}
          value={parent}
          onChange={(e) => setParent(e.target.value)}
          {...invalidProps(edit, "parent", `${id}-error`)}
        >
          <option value="">At the top level</option>
          {departments
            .filter((d) => d.key !== department.key)
            .map((d) => (
              <option key={d.key} value={d.key}>
                Inside {d.name}
              </option>
            ))}
        </select>
        <FieldError id={`${id}-error`} error={edit.error} field="parent" />
      </div>
      <button
        className="button small secondary"
        type="submit"
        disabled={edit.pending || parent === (department.parent ?? "")}
        aria-label={`Move ${department.name}`}
      >
        Move
      </button>
      <OtherError edit={edit} fields={["parent"]} />
    </form>
  );
}
