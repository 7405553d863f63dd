"use client";

import { useId, useState } from "react";
import { ConfirmButton, type ConfirmRequest } from "@/components/ui/confirm-dialog";
import type { ModelEdit } from "@/lib/model/input";
import { useModelEdit } from "../use-model-edit";
import { FieldError, OtherError, invalidProps } from "./form-parts";

/**
 * A name with its rename field and a remove button (the server refuses removals that would lose work). A refused
 * rename (say, a name another department has) shows under the field.
 */
export function RenameRow({
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
