"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
import { KpiKindFields } from "@/components/inventory/kpi-kind-fields";
import { NameOptions } from "@/components/ui/name-options";

export type KpiDraft = {
  name: string;
  definition: string;
  unit: string;
  direction: "higher" | "lower" | "band";
  department: string;
  measuredRoles: string[];
  payLinked: boolean;
  horizon: "short" | "long";
  category: "financial" | "operational" | "customer" | "employee";
};

const savedSchema = z.object({ key: z.string() });

type Props = {
  org: string;
  existingKey?: string;
  initial?: KpiDraft;
  departments: { key: string; name: string }[];
  roles: { key: string; name: string }[];
};

export function KpiForm({ org, existingKey, initial, departments, roles }: Props) {
  const router = useRouter();
  const [draft, setDraft] = useState<KpiDraft>(
    initial ?? {
      name: "",
      definition: "",
      unit: "",
      direction: "higher",
      department: departments[0]?.key ?? "",
      measuredRoles: [],
      payLinked: false,
      horizon: "short",
      category: "operational",
    },
  );
  const set = (changes: Partial<KpiDraft>) => setDraft({ ...draft, ...changes });
  const save = useApiForm({
    send: () =>
      existingKey
        ? api.put(`/api/orgs/${org}/kpis/${existingKey}`, draft, savedSchema)
        : api.post(`/api/orgs/${org}/kpis`, draft, savedSchema),
    onSuccess: (saved) => (existingKey ? router.refresh() : router.push(`/orgs/${org}/inventory/kpis/${saved.key}`)),
  });
  const id = existingKey ? "edit-kpi" : "new-kpi";
  const nameProblem = save.error?.field === "name" ? save.error.message : null;
  const nameField = useRef<HTMLInputElement>(null);
  // Back to the name, to change it: the problem is read out with it.
  useEffect(() => {
    if (nameProblem) nameField.current?.focus();
  }, [nameProblem]);
  return (
    <form onSubmit={save.onSubmit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{existingKey ? "Edit this KPI" : "Add a KPI"}</h2>
      {/* A problem with the name is told at the name (a KPI of that name already exists, say). */}
      <FormError message={nameProblem ? null : save.error?.message} />
      {existingKey && save.succeeded && (
        <div className="alert success" role="status">
          Saved.
        </div>
      )}
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-name`}>KPI name</label>
          <input
            ref={nameField}
            id={`${id}-name`}
            type="text"
            value={draft.name}
            onChange={(e) => {
              if (nameProblem) save.reset();
              set({ name: e.target.value });
            }}
            aria-invalid={save.invalid("name")}
            aria-describedby={nameProblem ? `${id}-name-problem` : undefined}
            required
          />
          {nameProblem && (
            <p id={`${id}-name-problem`} className="field-error" role="alert">
              {nameProblem}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-unit`}>Unit</label>
          <input
            id={`${id}-unit`}
            type="text"
            value={draft.unit}
            onChange={(e) => set({ unit: e.target.value })}
            placeholder="s, %, GBP…"
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-department`}>Owning department</label>
          <select
            id={`${id}-department`}
            value={draft.department}
            onChange={(e) => set({ department: e.target.value })}
          >
            <NameOptions items={departments} />
          </select>
        </div>
        <KpiKindFields idPrefix={id} value={draft} onChange={set} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-definition`}>Definition</label>
        <textarea
          id={`${id}-definition`}
          rows={2}
          value={draft.definition}
          onChange={(e) => set({ definition: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-roles`}>Roles measured by it</label>
        <select
          id={`${id}-roles`}
          multiple
          size={Math.min(6, Math.max(3, roles.length))}
          value={draft.measuredRoles}
          onChange={(e) => set({ measuredRoles: [...e.target.selectedOptions].map((o) => o.value) })}
        >
          <NameOptions items={roles} />
        </select>
      </div>
      <label className="checkbox-inline">
        <input type="checkbox" checked={draft.payLinked} onChange={(e) => set({ payLinked: e.target.checked })} /> Tied
        to pay or bonus
      </label>
      <button className="button" type="submit" disabled={save.pending}>
        {existingKey ? "Save KPI" : "Add KPI"}
      </button>
    </form>
  );
}
