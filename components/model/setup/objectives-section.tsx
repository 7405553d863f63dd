"use client";

import { useId, useRef, useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { REMOVED_OBJECTIVE } from "@/lib/behaviours/rules/compare-versions";
import { count } from "@/lib/text/plural";
import { useModelEdit } from "../use-model-edit";
import { FieldError, type ModelEditAction, OtherError, invalidProps, submit } from "./form-parts";
import type { SetupObjective } from "./setup-types";

/**
 * The business objectives behaviours cite: rename, remove (the behaviours stay, without the link), add. After a
 * removal the row is gone, so focus moves to the section's heading.
 */
export function ObjectivesSection({
  org,
  objectives,
  citations,
  edit,
}: {
  org: string;
  objectives: SetupObjective[];
  citations: Record<string, number>;
  edit: ModelEditAction;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const add = useModelEdit(org);
  return (
    <section className="card" aria-labelledby="objectives-heading">
      <h2 id="objectives-heading" ref={heading} tabIndex={-1}>
        Business objectives
      </h2>
      <ul className="setup-list">
        {objectives.map((o) => (
          <li key={o.key}>
            <ObjectiveRow
              org={org}
              objective={o}
              cited={citations[o.key] ?? 0}
              onRemove={() =>
                edit.run({ op: "removeObjective", key: o.key }, { onSuccess: () => heading.current?.focus() })
              }
            />
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        onSubmit={submit(add, (f) => ({ op: "addObjective", name: String(f.get("name")) }))}
      >
        <div className="field">
          <label htmlFor="new-objective">New objective</label>
          <input
            id="new-objective"
            name="name"
            type="text"
            placeholder="e.g. Retain 5% more customers"
            required
            {...invalidProps(add, "name", "new-objective-error")}
          />
          <FieldError id="new-objective-error" error={add.error} field="name" />
        </div>
        <button className="button" type="submit" disabled={add.pending}>
          Add objective
        </button>
        <OtherError edit={add} fields={["name"]} />
      </form>
    </section>
  );
}

/** An objective's name, with a rename form behind a button (Escape closes it) and a remove button. */
function ObjectiveRow({
  org,
  objective,
  cited,
  onRemove,
}: {
  org: string;
  objective: SetupObjective;
  cited: number;
  onRemove: () => void;
}) {
  const [open, setOpen] = useState(false);
  const edit = useModelEdit(org);
  const id = useId();
  const opener = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    edit.reset();
    opener.current?.focus();
  };
  return (
    <div data-testid="objective-row">
      <div className="row-actions" style={{ alignItems: "center" }}>
        <span>{objective.name}</span>
        <span className="muted">{cited ? `cited by ${count(cited, "behaviour")}` : "cited by no behaviour yet"}</span>
        <button
          ref={opener}
          className="button small secondary"
          type="button"
          aria-expanded={open}
          aria-controls={open ? `${id}-form` : undefined}
          aria-label={`Rename ${objective.name}`}
          onClick={() => (open ? close() : setOpen(true))}
        >
          Rename
        </button>
        <ConfirmButton
          className="button small danger"
          aria-label={`Remove ${objective.name}`}
          confirm={{
            title: `Remove the objective “${objective.name}”?`,
            message: cited
              ? `${count(cited, "behaviour")} ${cited === 1 ? "cites" : "cite"} it: ${cited === 1 ? "it stays" : "they stay"}, without the link. Earlier versions name it “${REMOVED_OBJECTIVE}”.`
              : "No behaviour cites it; it leaves the model.",
            action: `Remove ${objective.name}`,
          }}
          onConfirm={onRemove}
        >
          Remove
        </ConfirmButton>
      </div>
      {open && (
        <form
          id={`${id}-form`}
          className="inline-form setup-details"
          aria-label={`Rename ${objective.name}`}
          onKeyDown={(e) => {
            if (e.key === "Escape") close();
          }}
          onSubmit={(e) => {
            e.preventDefault();
            const name = String(new FormData(e.currentTarget).get("name"));
            edit.run({ op: "renameObjective", key: objective.key, name }, { onSuccess: close });
          }}
        >
          <div className="field">
            <label htmlFor={id}>New name for {objective.name}</label>
            <input
              id={id}
              name="name"
              type="text"
              defaultValue={objective.name}
              required
              autoFocus
              {...invalidProps(edit, "name", `${id}-error`)}
            />
            <FieldError id={`${id}-error`} error={edit.error} field="name" />
          </div>
          <button className="button small" type="submit" disabled={edit.pending}>
            Save name
          </button>
          <button className="button small secondary" type="button" onClick={close}>
            Cancel
          </button>
          <OtherError edit={edit} fields={["name"]} />
        </form>
      )}
    </div>
  );
}
