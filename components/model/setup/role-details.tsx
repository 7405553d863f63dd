"use client";

import { useId, useState } from "react";
import { useModelEdit } from "../use-model-edit";
import { FieldError, OtherError, invalidProps } from "./form-parts";
import type { SetupDepartment, SetupRole } from "./setup-types";

/**
 * A role's department, headcount and kind, behind a button on its row so the list stays short. Moving a role
 * takes its behaviours, touchpoints and influences along, and the form says so.
 */
export function RoleDetails({
  org,
  role,
  departments,
}: {
  org: string;
  role: SetupRole;
  departments: SetupDepartment[];
}) {
  const [open, setOpen] = useState(false);
  const edit = useModelEdit(org);
  const id = useId();
  return (
    <div className="setup-details">
      <button
        className="link-button"
        type="button"
        aria-expanded={open}
        aria-controls={open ? `${id}-form` : undefined}
        onClick={() => {
          setOpen(!open);
          edit.reset();
        }}
      >
        Change department, headcount or kind<span className="sr-only"> of {role.name}</span>
      </button>
      {open && (
        <form
          id={`${id}-form`}
          className="inline-form"
          aria-label={`Department, headcount and kind of ${role.name}`}
          onSubmit={(e) => {
            e.preventDefault();
            const f = new FormData(e.currentTarget);
            const headcount = String(f.get("headcount") ?? "").trim();
            edit.run(
              {
                op: "updateRole",
                key: role.key,
                department: String(f.get("department")),
                headcount: headcount === "" ? null : Number(headcount),
                customerFacing: f.get("customerFacing") === "on",
              },
              { onSuccess: () => setOpen(false) },
            );
          }}
        >
          <p id={`${id}-hint`} className="hint">
            Moving {role.name} to another department keeps its behaviours, touchpoints and influences.
          </p>
          <div className="field">
            <label htmlFor={`${id}-department`}>Department of {role.name}</label>
            <select
              id={`${id}-department`}
              name="department"
              defaultValue={role.department}
              {...invalidProps(edit, "department", `${id}-department-error`, `${id}-hint`)}
            >
              {departments.map((d) => (
                <option key={d.key} value={d.key}>
                  {d.name}
                </option>
              ))}
            </select>
            <FieldError id={`${id}-department-error`} error={edit.error} field="department" />
          </div>
          <div className="field">
            <label htmlFor={`${id}-headcount`}>Headcount of {role.name}</label>
            <input
              id={`${id}-headcount`}
              name="headcount"
              type="number"
              min={0}
              inputMode="numeric"
              defaultValue={role.headcount ?? ""}
              {...invalidProps(edit, "headcount", `${id}-headcount-error`)}
            />
            <FieldError id={`${id}-headcount-error`} error={edit.error} field="headcount" />
          </div>
          <label className="checkbox-inline">
            <input type="checkbox" name="customerFacing" defaultChecked={role.customerFacing} /> {role.name} is
            customer-facing
          </label>
          <button className="button small" type="submit" disabled={edit.pending}>
            Save {role.name}
          </button>
          <OtherError edit={edit} fields={["department", "headcount"]} />
        </form>
      )}
    </div>
  );
}
