"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/form-error";
import { api } from "@/lib/client/api";
import { useApiAction, useApiForm } from "@/lib/client/use-api-form";
import { type InventoryKind, KIND_NAMES, KIND_PATHS } from "@/lib/inventory/rules/inventory-kinds";
import { count, wordFor } from "@/lib/text/plural";

/**
 * Rename (processes and systems; a KPI is changed in its own form) and remove a KPI, process or system. The
 * confirmation says how many influences on behaviours go with it, and so the findings they made.
 */
export function InventoryItemActions({
  org,
  kind,
  itemKey,
  name,
  influences,
  afterRemove,
}: {
  org: string;
  kind: InventoryKind;
  itemKey: string;
  name: string;
  influences: number;
  /** Where to go once it is removed (a KPI's own page has nothing left to show); else the page refreshes. */
  afterRemove?: string;
}) {
  const router = useRouter();
  const id = useId();
  const url = `/api/orgs/${org}/${KIND_PATHS[kind]}/${encodeURIComponent(itemKey)}`;
  const [renaming, setRenaming] = useState(false);
  const [newName, setNewName] = useState(name);
  const rename = useApiForm({
    send: () => api.patch(url, { name: newName }),
    onSuccess: () => setRenaming(false),
    refresh: true,
  });
  const remove = useApiAction({
    send: () => api.delete(url),
    onSuccess: () => (afterRemove ? router.push(afterRemove) : router.refresh()),
  });
  return (
    <span className="row-actions inventory-item-actions">
      {kind !== "kpi" && !renaming && (
        <button
          className="button secondary small"
          type="button"
          aria-label={`Rename ${name}`}
          onClick={() => setRenaming(true)}
        >
          Rename
        </button>
      )}
      {renaming && (
        <form className="inline-form" onSubmit={rename.onSubmit}>
          <FormError message={rename.error?.message} />
          <div className="field">
            <label htmlFor={`${id}-name`}>
              New name of the {KIND_NAMES[kind]} {name}
            </label>
            <input
              id={`${id}-name`}
              type="text"
              value={newName}
              autoFocus
              required
              aria-invalid={rename.invalid("name")}
              onChange={(event) => setNewName(event.target.value)}
            />
          </div>
          <button className="button small" type="submit" disabled={rename.pending}>
            Save the name
          </button>
          <button className="button secondary small" type="button" onClick={() => setRenaming(false)}>
            Cancel
          </button>
        </form>
      )}
      <ConfirmButton
        className="button secondary small"
        aria-label={`Remove ${name}`}
        disabled={remove.pending}
        confirm={{
          title: `Remove the ${KIND_NAMES[kind]} ${name}?`,
          message:
            influences > 0
              ? `Its ${count(influences, "influence")} on behaviours ${wordFor(influences, "goes", "go")} with it, and the findings ${wordFor(influences, "it", "they")} made. This cannot be undone.`
              : `Nothing is mapped to it yet. This cannot be undone.`,
          action: `Remove ${name}`,
        }}
        onConfirm={() => remove.run()}
      >
        Remove
      </ConfirmButton>
      <FormError message={remove.error?.message} />
    </span>
  );
}
