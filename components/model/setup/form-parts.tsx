"use client";

/** The pieces every set-up form shares: sending an edit, and showing the server's refusal where it belongs. */
import type { FormEvent } from "react";
import { FormError } from "@/components/ui/form-error";
import type { ApiError } from "@/lib/client/api";
import type { ApiAction } from "@/lib/client/use-api-form";
import type { ModelEdit } from "@/lib/model/input";

export type ModelEditAction = ApiAction<ModelEdit, unknown>;

/** Sends the form's edit; the form empties only once the edit has landed, so a refused name stays to correct. */
export function submit(edit: ModelEditAction, build: (form: FormData) => ModelEdit) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    edit.run(build(new FormData(form)), { onSuccess: () => form.reset() });
  };
}

/** The server's refusal of one field, shown under it (the field points here with `aria-describedby`). */
export function FieldError({ id, error, field }: { id: string; error: ApiError | null; field: string }) {
  if (!error || error.field !== field) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {error.message}
    </p>
  );
}

/** `aria-invalid` and `aria-describedby` for a field the server may refuse. */
export function invalidProps(edit: ModelEditAction, field: string, errorId: string, hintId?: string) {
  const invalid = edit.invalid(field);
  const describedBy = [invalid ? errorId : undefined, hintId].filter(Boolean).join(" ");
  return { "aria-invalid": invalid, "aria-describedby": describedBy || undefined };
}

/** A refusal that names none of the form's own fields, shown at the top of that form. */
export function OtherError({ edit, fields }: { edit: ModelEditAction; fields: string[] }) {
  const error = edit.error;
  return <FormError message={error && !fields.includes(error.field ?? "") ? error.message : undefined} />;
}
