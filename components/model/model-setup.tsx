"use client";

import { type FormEvent, useId, useState } from "react";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { type ApiError, api, textBody } from "@/lib/client/api";
import { type ApiAction, useApiForm } from "@/lib/client/use-api-form";
import type { ModelEdit } from "@/lib/model/input";
import { useModelEdit } from "./use-model-edit";
import { TableScroll } from "@/components/ui/table-scroll";
import { ConfirmButton, type ConfirmRequest } from "@/components/ui/confirm-dialog";
import { count, listInWords } from "@/lib/text/plural";

type Props = {
  org: string;
  stages: { key: string; name: string }[];
  departments: { key: string; name: string; parent?: string }[];
  roles: { key: string; name: string; department: string; customerFacing: boolean; headcount?: number }[];
  touchpoints: { role: string; stage: string }[];
  objectives: { key: string; name: string }[];
  lexicon: { term: string; plainer: string }[];
};

type ModelEditAction = ApiAction<ModelEdit, unknown>;

/** Sends the form's edit; the form empties only once the edit has landed, so a refused name stays to correct. */
function submit(edit: ModelEditAction, build: (form: FormData) => ModelEdit) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    edit.run(build(new FormData(form)), { onSuccess: () => form.reset() });
  };
}

/** The server's refusal of one field, shown under it (the field points here with `aria-describedby`). */
function FieldError({ id, error, field }: { id: string; error: ApiError | null; field: string }) {
  if (!error || error.field !== field) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {error.message}
    </p>
  );
}

/** `aria-invalid` and `aria-describedby` for a field the server may refuse. */
function invalidProps(edit: ModelEditAction, field: string, errorId: string, hintId?: string) {
  const invalid = edit.invalid(field);
  const describedBy = [invalid ? errorId : undefined, hintId].filter(Boolean).join(" ");
  return { "aria-invalid": invalid, "aria-describedby": describedBy || undefined };
}

/** A refusal that names none of the form's own fields, shown at the top of that form. */
function OtherError({ edit, fields }: { edit: ModelEditAction; fields: string[] }) {
  const error = edit.error;
  return <FormError message={error && !fields.includes(error.field ?? "") ? error.message : undefined} />;
}

export function ModelSetup({ org, stages, departments, roles, touchpoints, objectives, lexicon }: Props) {
  const edit = useModelEdit(org);
  const touches = new Set(touchpoints.map((t) => `${t.role}:${t.stage}`));
  const departmentName = new Map(departments.map((d) => [d.key, d.name]));
  return (
    <>
      <FormError message={edit.error?.message} />
      <section className="card" aria-labelledby="stages-heading">
        <h2 id="stages-heading">Lifecycle stages</h2>
        {stages.length === 0 && (
          <p>
            <button className="button secondary" type="button" onClick={() => edit.run({ op: "applyStageTemplate" })}>
              Start from the template (Discover … Renew or leave)
            </button>
          </p>
        )}
        <ol className="setup-list">
          {stages.map((stage, i) => (
            <li key={stage.key}>
              <StageRow org={org} stage={stage} position={i + 1} count={stages.length} move={edit} />
            </li>
          ))}
        </ol>
        <AddStageForm org={org} />
      </section>

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

      {roles.length > 0 && stages.length > 0 && (
        <section className="card" aria-labelledby="touchpoints-heading">
          <h2 id="touchpoints-heading">Touchpoints</h2>
          <p className="muted">
            Which roles take part in which stages — back-office roles too (invoicing touches “Pay”).
          </p>
          <TableScroll label="Touchpoints: roles by stage">
            <table>
              <thead>
                <tr>
                  <th scope="col">Role</th>
                  {stages.map((s) => (
                    <th key={s.key} scope="col">
                      {s.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {roles.map((r) => (
                  <tr key={r.key}>
                    <th scope="row">{r.name}</th>
                    {stages.map((s) => (
                      <td key={s.key}>
                        <TouchpointBox org={org} role={r} stage={s} initiallyOn={touches.has(`${r.key}:${s.key}`)} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      )}

      <section className="card" aria-labelledby="objectives-heading">
        <h2 id="objectives-heading">Business objectives</h2>
        <ul>
          {objectives.map((o) => (
            <li key={o.key}>{o.name}</li>
          ))}
        </ul>
        <form
          className="inline-form"
          onSubmit={submit(edit, (f) => ({ op: "addObjective", name: String(f.get("name")) }))}
        >
          <div className="field">
            <label htmlFor="new-objective">New objective</label>
            <input id="new-objective" name="name" type="text" placeholder="e.g. Retain 5% more customers" required />
          </div>
          <button className="button" type="submit">
            Add objective
          </button>
        </form>
      </section>

      <section className="card" aria-labelledby="lexicon-heading">
        <h2 id="lexicon-heading">Language lexicon</h2>
        <p className="muted">
          Euphemisms this organisation uses for its customers. The language check marks them in behaviour definitions.
        </p>
        <ul className="setup-list">
          {lexicon.map((t) => (
            <li key={t.term} className="row-actions" style={{ alignItems: "center" }}>
              <span>
                “{t.term}” → <em>{t.plainer}</em>
              </span>
              <button
                className="link-button"
                type="button"
                aria-label={`Remove ${t.term}`}
                onClick={() => edit.run({ op: "removeLexiconTerm", term: t.term })}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
        <form
          className="inline-form"
          onSubmit={submit(edit, (f) => ({
            op: "addLexiconTerm",
            term: String(f.get("term")),
            plainer: String(f.get("plainer")),
          }))}
        >
          <div className="field">
            <label htmlFor="new-term">Word or phrase</label>
            <input id="new-term" name="term" type="text" required />
          </div>
          <div className="field">
            <label htmlFor="new-plainer">Plainer form</label>
            <input id="new-plainer" name="plainer" type="text" required />
          </div>
          <button className="button" type="submit">
            Add to lexicon
          </button>
        </form>
      </section>

      <CsvImport org={org} />
    </>
  );
}

const csvErrors = z.array(z.object({ line: z.number(), column: z.string(), message: z.string() }));

function CsvImport({ org }: { org: string }) {
  const [kind, setKind] = useState<"departments" | "roles">("departments");
  const [text, setText] = useState("");
  const upload = useApiForm({
    send: () =>
      api.post(
        `/api/orgs/${org}/model/csv?kind=${kind}`,
        textBody(text, "text/csv"),
        z.object({ created: z.number(), updated: z.number() }),
      ),
    onSuccess: () => setText(""),
    refresh: true,
  });
  const errors = upload.error?.extension("errors", csvErrors);
  return (
    <section className="card" aria-labelledby="csv-heading">
      <h2 id="csv-heading">Import from a spreadsheet (CSV)</h2>
      <p className="muted">
        Departments: columns <code>key,name,parent</code>. Roles:{" "}
        <code>key,name,department,customerFacing,headcount</code> (customerFacing: yes or no). Rows are created or
        updated by key; a file with any error is refused whole.
      </p>
      <form onSubmit={upload.onSubmit}>
        <div className="field">
          <label htmlFor="csv-kind">What the file holds</label>
          <select id="csv-kind" value={kind} onChange={(e) => setKind(e.target.value as "departments" | "roles")}>
            <option value="departments">Departments</option>
            <option value="roles">Roles</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="csv-file">CSV file</label>
          <input
            id="csv-file"
            type="file"
            accept=".csv,text/csv"
            onChange={async (e) => setText((await e.target.files?.[0]?.text()) ?? "")}
          />
        </div>
        <div className="field">
          <label htmlFor="csv-text">…or paste the rows</label>
          <textarea id="csv-text" rows={5} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        {upload.result && (
          <div className="alert success" role="status">
            Imported: {upload.result.created} created, {upload.result.updated} updated.
          </div>
        )}
        {upload.error && (
          <div className="alert error" role="alert">
            <p>{upload.error.message}</p>
            {errors && (
              <ul data-testid="csv-errors">
                {errors.map((e, i) => (
                  <li key={i}>
                    line {e.line}
                    {e.column ? ` (${e.column})` : ""}: {e.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        <button className="button" type="submit" disabled={upload.pending || !text.trim()}>
          Import {kind}
        </button>
      </form>
    </section>
  );
}

/** A touchpoint checkbox that shows its new state at once and reverts if the server refuses. */
function TouchpointBox({
  org,
  role,
  stage,
  initiallyOn,
}: {
  org: string;
  role: { key: string; name: string };
  stage: { key: string; name: string };
  initiallyOn: boolean;
}) {
  const edit = useModelEdit(org);
  const [on, setOn] = useState(initiallyOn);
  return (
    <input
      type="checkbox"
      aria-label={`${role.name} takes part in ${stage.name}`}
      checked={on}
      onChange={(e) => {
        const next = e.target.checked;
        setOn(next);
        edit.run({ op: "setTouchpoint", role: role.key, stage: stage.key, on: next }, { onError: () => setOn(!next) });
      }}
    />
  );
}

/**
 * A name with its rename field and a remove button (the server refuses removals that would lose work). A refused
 * rename (say, a name another department has) shows under the field.
 */
function RenameRow({
  org,
  label,
  name,
  note,
  removal,
  rename,
  onRemove,
}: {
  org: string;
  label: string;
  name: string;
  note?: string;
  removal: ConfirmRequest;
  rename: (name: string) => ModelEdit;
  onRemove: () => void;
}) {
  const [value, setValue] = useState(name);
  const edit = useModelEdit(org);
  const id = useId();
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        edit.run(rename(value));
      }}
      data-testid="rename-row"
    >
      <div className="field">
        <label className="sr-only" htmlFor={id}>
          {label}
        </label>
        <input
          id={id}
          type="text"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          required
          {...invalidProps(edit, "name", `${id}-error`)}
        />
        <FieldError id={`${id}-error`} error={edit.error} field="name" />
      </div>
      {note && <span className="muted">{note}</span>}
      <button className="button small secondary" type="submit" disabled={value.trim() === name || edit.pending}>
        Rename
      </button>
      <ConfirmButton
        className="button small danger"
        aria-label={`Remove ${name}`}
        confirm={removal}
        onConfirm={onRemove}
      >
        Remove
      </ConfirmButton>
      <OtherError edit={edit} fields={["name"]} />
    </form>
  );
}

type Department = Props["departments"][number];
type Role = Props["roles"][number];

/**
 * Removing a department names where it sits and what it holds; when another department shares its name and
 * place, its key is the only thing left that tells them apart, so it is named too.
 */
function departmentRemoval(department: Department, departments: Department[], roles: Role[]): ConfirmRequest {
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

/** Removing a role names its department, its kind and its people, which tell two roles of one name apart. */
function roleRemoval(role: Role, roles: Role[], departmentName: Map<string, string>): ConfirmRequest {
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

/** One lifecycle stage: its name to rename (a refused name shows under it) and its place in the order. */
function StageRow({
  org,
  stage,
  position,
  count: stageCount,
  move,
}: {
  org: string;
  stage: { key: string; name: string };
  position: number;
  count: number;
  move: ModelEditAction;
}) {
  const edit = useModelEdit(org);
  const id = `stage-${stage.key}`;
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        edit.run({ op: "renameStage", key: stage.key, name: String(new FormData(e.currentTarget).get("name")) });
      }}
    >
      <div className="field">
        <label htmlFor={id} className="sr-only">
          Name of stage {position}
        </label>
        <input
          id={id}
          name="name"
          type="text"
          defaultValue={stage.name}
          required
          {...invalidProps(edit, "name", `${id}-error`)}
        />
        <FieldError id={`${id}-error`} error={edit.error} field="name" />
      </div>
      <button className="button small secondary" type="submit" disabled={edit.pending}>
        Rename
      </button>
      <button
        className="button small secondary"
        type="button"
        aria-label={`Move ${stage.name} earlier`}
        disabled={position === 1}
        onClick={() => move.run({ op: "moveStage", key: stage.key, direction: "earlier" })}
      >
        ↑
      </button>
      <button
        className="button small secondary"
        type="button"
        aria-label={`Move ${stage.name} later`}
        disabled={position === stageCount}
        onClick={() => move.run({ op: "moveStage", key: stage.key, direction: "later" })}
      >
        ↓
      </button>
      <OtherError edit={edit} fields={["name"]} />
    </form>
  );
}

function AddStageForm({ org }: { org: string }) {
  const edit = useModelEdit(org);
  return (
    <form className="inline-form" onSubmit={submit(edit, (f) => ({ op: "addStage", name: String(f.get("name")) }))}>
      <div className="field">
        <label htmlFor="new-stage">New stage</label>
        <input id="new-stage" name="name" type="text" required {...invalidProps(edit, "name", "new-stage-error")} />
        <FieldError id="new-stage-error" error={edit.error} field="name" />
      </div>
      <button className="button" type="submit" disabled={edit.pending}>
        Add stage
      </button>
      <OtherError edit={edit} fields={["name"]} />
    </form>
  );
}

function AddDepartmentForm({ org, departments }: { org: string; departments: Department[] }) {
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
  department: Department;
  departments: Department[];
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

function AddRoleForm({ org, departments }: { org: string; departments: Department[] }) {
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

/**
 * A role's department, headcount and kind, behind a button on its row so the list stays short. Moving a role
 * takes its behaviours, touchpoints and influences along, and the form says so.
 */
function RoleDetails({ org, role, departments }: { org: string; role: Role; departments: Department[] }) {
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
