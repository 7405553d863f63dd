"use client";

import { useEffect, useId, useRef } from "react";
import { FormError } from "@/components/ui/form-error";
import type { ApiAction } from "@/lib/client/use-api-form";
import type { RoleInReach } from "@/lib/model/list-roles-in-reach";
import { useRoleEdit } from "./use-role-edit";

export type Saved = { role: string; message: string };
type Choice = { key: string; name: string; depth: number };

type Props = {
  org: string;
  role: RoleInReach;
  /** The departments the role may be moved into: those in the member's reach. */
  departments: Choice[];
  /** This role's last saved change, if it was the last one saved on the page. */
  justSaved: Saved | null;
  onSaved: (saved: Saved) => void;
};

/** The server's refusal of one field, shown under it (the field points here with `aria-describedby`). */
function FieldError({ id, action, field }: { id: string; action: ApiAction<never, unknown>; field: string }) {
  if (action.error?.field !== field) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {action.error.message}
    </p>
  );
}

function invalidProps(action: ApiAction<never, unknown>, field: string, errorId: string) {
  const invalid = action.invalid(field);
  return { "aria-invalid": invalid, "aria-describedby": invalid ? errorId : undefined };
}

/** What a saved change did, in words ("moved to Billing; headcount 12"). */
function describe(role: RoleInReach, after: Omit<RoleInReach, "key" | "name">, departments: Choice[]): string {
  const changes = [
    after.department !== role.department &&
      `moved to ${departments.find((d) => d.key === after.department)?.name ?? "another department"}`,
    after.headcount !== role.headcount &&
      (after.headcount === null ? "headcount no longer given" : `headcount ${after.headcount}`),
    after.customerFacing !== role.customerFacing && (after.customerFacing ? "now customer-facing" : "now back-office"),
  ].filter((part) => typeof part === "string");
  return changes.length ? `Saved ${role.name}: ${changes.join("; ")}.` : `Saved ${role.name}: nothing had changed.`;
}

/**
 * One role, editable in place: its department (only those the member reaches), headcount and whether it faces
 * customers, saved together; and its name, renamed on its own. After a move the role is drawn again under its
 * new department, and focus follows it there so a keyboard user carries on from the same role.
 */
export function RoleEditor({ org, role, departments, justSaved, onSaved }: Props) {
  const id = useId();
  const nameRef = useRef<HTMLHeadingElement>(null);
  const update = useRoleEdit(org);
  const rename = useRoleEdit(org);
  // Mounted anew with a saved change of its own: the role has just moved here from another department.
  const arrivedAfterMove = useRef(justSaved !== null);
  useEffect(() => {
    if (arrivedAfterMove.current) nameRef.current?.focus();
  }, []);

  return (
    <article className="role-editor" aria-labelledby={`${id}-name`} data-testid="role-editor">
      <div className="role-editor-head">
        <p className="role-editor-name" id={`${id}-name`} ref={nameRef} tabIndex={-1}>
          {role.name}
        </p>
        {justSaved && (
          <span className="role-editor-saved" aria-hidden="true">
            Saved
          </span>
        )}
      </div>
      <form
        className="role-editor-form"
        aria-label={`Department, headcount and kind of ${role.name}`}
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const headcount = String(form.get("headcount") ?? "").trim();
          const after = {
            department: String(form.get("department")),
            headcount: headcount === "" ? null : Number(headcount),
            customerFacing: form.get("customerFacing") === "on",
          };
          update.run(
            { op: "updateRole", key: role.key, ...after },
            { onSuccess: () => onSaved({ role: role.key, message: describe(role, after, departments) }) },
          );
        }}
      >
        <FormError
          message={
            update.error && !["department", "headcount"].includes(update.error.field ?? "")
              ? update.error.message
              : undefined
          }
        />
        <div className="role-editor-fields">
          <div className="field">
            <label htmlFor={`${id}-department`}>
              Department<span className="sr-only"> of {role.name}</span>
            </label>
            <select
              id={`${id}-department`}
              name="department"
              defaultValue={role.department}
              {...invalidProps(update, "department", `${id}-department-error`)}
            >
              {departments.map((d) => (
                <option key={d.key} value={d.key}>
                  {/* Sub-departments indented under their parent, as in the list. */}
                  {"\u00a0\u00a0\u00a0".repeat(d.depth) + d.name}
                </option>
              ))}
            </select>
            <FieldError id={`${id}-department-error`} action={update} field="department" />
          </div>
          <div className="field">
            <label htmlFor={`${id}-headcount`}>
              Headcount<span className="sr-only"> of {role.name}</span>
            </label>
            <input
              id={`${id}-headcount`}
              name="headcount"
              type="number"
              min={0}
              step={1}
              inputMode="numeric"
              defaultValue={role.headcount ?? ""}
              {...invalidProps(update, "headcount", `${id}-headcount-error`)}
            />
            <FieldError id={`${id}-headcount-error`} action={update} field="headcount" />
          </div>
          <label className="checkbox-inline">
            <input type="checkbox" name="customerFacing" defaultChecked={role.customerFacing} /> Customer-facing
            <span className="sr-only"> ({role.name})</span>
          </label>
          <button className="button small" type="submit" disabled={update.pending}>
            Save<span className="sr-only"> {role.name}</span>
          </button>
        </div>
      </form>
      <form
        className="role-editor-rename inline-form"
        aria-label={`Rename ${role.name}`}
        onSubmit={(event) => {
          event.preventDefault();
          const name = String(new FormData(event.currentTarget).get("name") ?? "").trim();
          rename.run(
            { op: "renameRole", key: role.key, name },
            { onSuccess: () => onSaved({ role: role.key, message: `Renamed ${role.name} to ${name}.` }) },
          );
        }}
      >
        <FormError message={rename.error && rename.error.field !== "name" ? rename.error.message : undefined} />
        <div className="field">
          <label htmlFor={`${id}-rename`}>
            New name<span className="sr-only"> for {role.name}</span>
          </label>
          <input
            id={`${id}-rename`}
            name="name"
            type="text"
            required
            maxLength={200}
            defaultValue={role.name}
            {...invalidProps(rename, "name", `${id}-rename-error`)}
          />
          <FieldError id={`${id}-rename-error`} action={rename} field="name" />
        </div>
        <button className="button small secondary" type="submit" disabled={rename.pending}>
          Rename<span className="sr-only"> {role.name}</span>
        </button>
      </form>
    </article>
  );
}
