"use client";

import { type FormEvent, useId, useState } from "react";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { api, textBody } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
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

function submit(handler: (form: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    handler(new FormData(form));
    form.reset();
  };
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
              <form
                className="inline-form"
                onSubmit={submit((f) => edit.run({ op: "renameStage", key: stage.key, name: String(f.get("name")) }))}
              >
                <div className="field">
                  <label htmlFor={`stage-${stage.key}`} className="sr-only">
                    Name of stage {i + 1}
                  </label>
                  <input id={`stage-${stage.key}`} name="name" type="text" defaultValue={stage.name} required />
                </div>
                <button className="button small secondary" type="submit">
                  Rename
                </button>
                <button
                  className="button small secondary"
                  type="button"
                  aria-label={`Move ${stage.name} earlier`}
                  disabled={i === 0}
                  onClick={() => edit.run({ op: "moveStage", key: stage.key, direction: "earlier" })}
                >
                  ↑
                </button>
                <button
                  className="button small secondary"
                  type="button"
                  aria-label={`Move ${stage.name} later`}
                  disabled={i === stages.length - 1}
                  onClick={() => edit.run({ op: "moveStage", key: stage.key, direction: "later" })}
                >
                  ↓
                </button>
              </form>
            </li>
          ))}
        </ol>
        <form
          className="inline-form"
          onSubmit={submit((f) => edit.run({ op: "addStage", name: String(f.get("name")) }))}
        >
          <div className="field">
            <label htmlFor="new-stage">New stage</label>
            <input id="new-stage" name="name" type="text" required />
          </div>
          <button className="button" type="submit">
            Add stage
          </button>
        </form>
      </section>

      <section className="card" aria-labelledby="departments-heading">
        <h2 id="departments-heading">Departments</h2>
        <ul className="setup-list">
          {departments.map((d) => (
            <li key={d.key}>
              <RenameRow
                label={`Name of department ${d.name}`}
                name={d.name}
                note={d.parent ? `in ${departmentName.get(d.parent)}` : undefined}
                removal={departmentRemoval(d, departments, roles)}
                onRename={(name) => edit.run({ op: "renameDepartment", key: d.key, name })}
                onRemove={() => edit.run({ op: "removeDepartment", key: d.key })}
              />
            </li>
          ))}
        </ul>
        <form
          className="inline-form"
          onSubmit={submit((f) =>
            edit.run({
              op: "addDepartment",
              name: String(f.get("name")),
              parent: String(f.get("parent")) || undefined,
            }),
          )}
        >
          <div className="field">
            <label htmlFor="new-department">New department</label>
            <input id="new-department" name="name" type="text" required />
          </div>
          <div className="field">
            <label htmlFor="new-department-parent">Inside</label>
            <select id="new-department-parent" name="parent" defaultValue="">
              <option value="">(top level)</option>
              {departments.map((d) => (
                <option key={d.key} value={d.key}>
                  {d.name}
                </option>
              ))}
            </select>
          </div>
          <button className="button" type="submit">
            Add department
          </button>
        </form>
      </section>

      <section className="card" aria-labelledby="roles-heading">
        <h2 id="roles-heading">Roles</h2>
        <ul className="setup-list">
          {roles.map((r) => (
            <li key={r.key}>
              <RenameRow
                label={`Name of role ${r.name}`}
                name={r.name}
                note={`${departmentName.get(r.department)}, ${r.customerFacing ? "customer-facing" : "back-office"}${r.headcount !== undefined ? `, ${count(r.headcount, "person", "people")}` : ""}`}
                removal={roleRemoval(r, roles, departmentName)}
                onRename={(name) => edit.run({ op: "renameRole", key: r.key, name })}
                onRemove={() => edit.run({ op: "removeRole", key: r.key })}
              />
            </li>
          ))}
        </ul>
        {departments.length === 0 ? (
          <p className="muted">Add a department first.</p>
        ) : (
          <form
            className="inline-form"
            onSubmit={submit((f) =>
              edit.run({
                op: "addRole",
                name: String(f.get("name")),
                department: String(f.get("department")),
                customerFacing: f.get("customerFacing") === "on",
                headcount: f.get("headcount") ? Number(f.get("headcount")) : undefined,
              }),
            )}
          >
            <div className="field">
              <label htmlFor="new-role">New role</label>
              <input id="new-role" name="name" type="text" required />
            </div>
            <div className="field">
              <label htmlFor="new-role-department">Department</label>
              <select id="new-role-department" name="department">
                {departments.map((d) => (
                  <option key={d.key} value={d.key}>
                    {d.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="new-role-headcount">Headcount</label>
              <input id="new-role-headcount" name="headcount" type="number" min={0} inputMode="numeric" />
            </div>
            <label className="checkbox-inline">
              <input type="checkbox" name="customerFacing" /> Customer-facing
            </label>
            <button className="button" type="submit">
              Add role
            </button>
          </form>
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
          onSubmit={submit((f) => edit.run({ op: "addObjective", name: String(f.get("name")) }))}
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
          onSubmit={submit((f) =>
            edit.run({ op: "addLexiconTerm", term: String(f.get("term")), plainer: String(f.get("plainer")) }),
          )}
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

/** A name with its rename field and a remove button (the server refuses removals that would lose work). */
function RenameRow({
  label,
  name,
  note,
  removal,
  onRename,
  onRemove,
}: {
  label: string;
  name: string;
  note?: string;
  removal: ConfirmRequest;
  onRename: (name: string) => void;
  onRemove: () => void;
}) {
  const [value, setValue] = useState(name);
  const id = useId();
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        onRename(value);
      }}
      data-testid="rename-row"
    >
      <div className="field">
        <label className="sr-only" htmlFor={id}>
          {label}
        </label>
        <input id={id} type="text" value={value} onChange={(e) => setValue(e.target.value)} required />
      </div>
      {note && <span className="muted">{note}</span>}
      <button className="button small secondary" type="submit" disabled={value.trim() === name}>
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
