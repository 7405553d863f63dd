"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useMemo, useState } from "react";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { api, asApiError } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-form";
import type { ScenarioChoices } from "@/lib/scenarios/get-scenario-choices";
import type { ScenarioPreview as Preview } from "@/lib/scenarios/preview-scenario";
import { describeEdit, type ScenarioNames } from "@/lib/scenarios/rules/describe-edit";
import type { ScenarioEdit } from "@/lib/scenarios/rules/scenario-schema";
import { withoutEdit } from "@/lib/scenarios/rules/without-edit";
import { count } from "@/lib/text/plural";
import type { ScenarioView } from "@/lib/scenarios/scenario-record";
import { ScenarioEditForm } from "./scenario-edit-form";
import { ScenarioPreview } from "./scenario-preview";

/** The answers are the server's own types; the schemas check their shape. */
const previewSchema = z
  .object({ cleared: z.array(z.unknown()), appeared: z.array(z.unknown()), alignment: z.object({}).passthrough() })
  .passthrough()
  .transform((value) => value as unknown as Preview);
const scenarioSchema = z
  .object({ id: z.string(), name: z.string(), shared: z.boolean() })
  .passthrough()
  .transform((value) => value as unknown as ScenarioView);
const actionSchema = z.object({ key: z.string(), title: z.string() });
const appliedSchema = z.object({ applied: z.number(), appliedAt: z.string() });

export function ScenarioEditor({
  org,
  scenario,
  choices,
  startKpi,
}: {
  org: string;
  /** Null for a new scenario, saved on its first Save. */
  scenario: ScenarioView | null;
  choices: ScenarioChoices;
  startKpi?: string;
}) {
  const router = useRouter();
  const id = useId();
  const startName = choices.kpis.find((k) => k.key === startKpi)?.name;
  const [name, setName] = useState(scenario?.name ?? (startName ? `A change to ${startName}` : ""));
  const [edits, setEdits] = useState<ScenarioEdit[]>(scenario?.edits ?? []);
  const [saved, setSaved] = useState(scenario);
  // Names by reference (`kpi:aht`, `behaviour:…`): those the saved edits name, and of each one picked since.
  const [said, setSaid] = useState<ReadonlyMap<string, string>>(
    () =>
      new Map([
        ...choices.kpis.map((k): [string, string] => [`kpi:${k.key}`, k.name]),
        ...choices.processes.map((p): [string, string] => [`process:${p.key}`, p.name]),
        ...choices.systems.map((s): [string, string] => [`system:${s.key}`, s.name]),
        ...choices.behaviours.map((b): [string, string] => [`behaviour:${b.key}`, b.name]),
      ]),
  );
  const [takenBack, setTakenBack] = useState<string | null>(null);
  const { confirm, dialog } = useConfirm();
  const editable = choices.may.draft && (!saved || (saved.mine && !saved.appliedAt));
  const dirty = !saved || saved.name !== name || JSON.stringify(saved.edits) !== JSON.stringify(edits);

  // The scenario's new KPIs are KPIs like the others for the changes after them.
  const added = useMemo(
    () => edits.flatMap((e) => (e.edit === "addKpi" ? [{ key: e.kpi.key, name: e.kpi.name }] : [])),
    [edits],
  );
  const names: ScenarioNames = useMemo(() => {
    const byKind = { kpi: new Map<string, string>(), process: new Map(), system: new Map(), behaviour: new Map() };
    for (const [ref, name] of said) {
      const [kind, key = ""] = ref.split(":", 2) as [keyof typeof byKind, string];
      byKind[kind]?.set(key, name);
    }
    for (const kpi of added) byKind.kpi.set(kpi.key, kpi.name);
    return { kpis: byKind.kpi, processes: byKind.process, systems: byKind.system, behaviours: byKind.behaviour };
  }, [said, added]);

  const preview = useQuery({
    queryKey: ["scenario-preview", org, saved?.id, edits],
    queryFn: () =>
      choices.may.draft
        ? api.post(`/api/orgs/${org}/scenarios/preview`, { edits }, previewSchema)
        : api.get(`/api/orgs/${org}/scenarios/${saved!.id}/preview`, previewSchema),
    placeholderData: keepPreviousData,
    retry: false,
  });

  const base = `/api/orgs/${org}/scenarios`;
  const save = useApiAction({
    send: () =>
      saved
        ? api.patch(`${base}/${saved.id}`, { name, edits }, scenarioSchema)
        : api.post(base, { name, edits }, scenarioSchema),
    onSuccess: (result) => {
      setSaved(result);
      if (!saved) router.replace(`/orgs/${org}/scenarios/${result.id}`);
    },
  });
  const share = useApiAction({
    send: () => api.patch(`${base}/${saved!.id}`, { shared: !saved!.shared }, scenarioSchema),
    onSuccess: (result) => setSaved(result),
  });
  const action = useApiAction({ send: () => api.post(`${base}/${saved!.id}/action`, {}, actionSchema) });
  const remove = useApiAction({
    send: () => api.delete(`${base}/${saved!.id}`),
    onSuccess: () => router.push(`/orgs/${org}/scenarios`),
  });
  const apply = useApiAction({
    send: () => api.post(`${base}/${saved!.id}/apply`, {}, appliedSchema),
    onSuccess: (result) => setSaved((s) => s && { ...s, appliedAt: result.appliedAt }),
    refresh: true,
  });
  const described = edits.map((edit) => describeEdit(edit, names));
  const firstKpi = edits.map((e) =>
    "kpi" in e && typeof e.kpi === "string" ? e.kpi : "from" in e ? e.from : undefined,
  )[0];
  const focus = firstKpi ? (firstKpi.includes(":") ? firstKpi : `kpi:${firstKpi}`) : undefined;

  const askToRemove = async () => {
    const ok = await confirm({
      title: `Delete the scenario “${saved!.name}”?`,
      message: "The scenario goes; the model is not changed, and action items made from it stay.",
      action: "Delete the scenario",
    });
    if (ok) remove.run();
  };

  const askToApply = async () => {
    const ok = await confirm({
      title: `Apply “${saved!.name}” to the model?`,
      message: `This changes the organisation's model now, for everyone, and is recorded in the audit log: ${described.join("; ")}.`,
      action: "Apply to the model",
    });
    if (ok) apply.run();
  };

  return (
    <div className="scenario-editor">
      {dialog}
      <section className="card" aria-labelledby={`${id}-changes`}>
        <div className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            type="text"
            id={`${id}-name`}
            value={name}
            onChange={(e) => setName(e.target.value)}
            readOnly={!editable}
            maxLength={200}
            aria-invalid={save.invalid("name")}
          />
        </div>
        <h2 id={`${id}-changes`}>Changes</h2>
        {edits.length === 0 ? (
          <p className="muted">No changes yet. Add one below: the preview shows what it would do.</p>
        ) : (
          <ol className="relation-list scenario-edits" data-testid="scenario-edits">
            {edits.map((edit, i) => (
              <li key={`${i}-${described[i]}`}>
                <span>{described[i]}</span>
                {editable && (
                  <button
                    type="button"
                    className="button secondary small"
                    aria-label={`Remove the change: ${described[i]}`}
                    onClick={() => {
                      const { edits: rest, alsoRemoved } = withoutEdit(edits, i);
                      setEdits(rest);
                      setTakenBack(
                        alsoRemoved
                          ? `Taken back with it: ${count(alsoRemoved, "later change")} that named the new KPI.`
                          : null,
                      );
                    }}
                  >
                    Remove
                  </button>
                )}
              </li>
            ))}
          </ol>
        )}
        {takenBack && (
          <p className="muted" role="status">
            {takenBack}
          </p>
        )}
        {editable && (
          <ScenarioEditForm
            org={org}
            choices={choices}
            added={added}
            edits={edits}
            startKpi={startKpi}
            onAdd={(edit, named) => {
              if (named.size) setSaid((names) => new Map([...names, ...named]));
              setEdits([...edits, edit]);
              setTakenBack(null);
            }}
          />
        )}
      </section>

      <section className="card scenario-actions" aria-label="Save, share and apply">
        <FormError message={(save.error ?? share.error ?? action.error ?? apply.error ?? remove.error)?.message} />
        {saved?.appliedAt && <p role="status">Applied to the model.</p>}
        <div className="row-actions">
          {editable && (
            <button type="button" className="button" disabled={save.pending || !dirty} onClick={() => save.run()}>
              {save.pending ? "Saving…" : dirty ? "Save" : "Saved"}
            </button>
          )}
          {saved?.mine && choices.may.draft && (
            <button type="button" className="button secondary" disabled={share.pending} onClick={() => share.run()}>
              {saved.shared ? "Stop sharing" : "Share with members"}
            </button>
          )}
          {saved && choices.may.act && (
            <button type="button" className="button secondary" disabled={action.pending} onClick={() => action.run()}>
              Turn into an action
            </button>
          )}
          {saved && !saved.appliedAt && choices.may.apply && (
            <button
              type="button"
              className="button danger"
              disabled={apply.pending || dirty || edits.length === 0}
              onClick={askToApply}
            >
              Apply to the model
            </button>
          )}
          {saved?.mine && choices.may.draft && (
            <button type="button" className="button secondary" disabled={remove.pending} onClick={askToRemove}>
              Delete the scenario
            </button>
          )}
          {saved && (
            <Link
              className="button secondary"
              href={`/orgs/${org}/system?scenario=${saved.id}${focus ? `&focus=${encodeURIComponent(focus)}` : ""}`}
            >
              Show on the system view
            </Link>
          )}
        </div>
        {saved && dirty && <p className="muted">Save to apply it or see it on the system view as it is now.</p>}
        {saved?.shared && <p className="muted">Shared: every member of the organisation can see it.</p>}
        {action.result && (
          <p role="status">
            Action “{action.result.title}” created. <Link href={`/orgs/${org}/actions`}>See it among the actions</Link>
          </p>
        )}
      </section>
      <section className="card" aria-labelledby={`${id}-preview`} aria-busy={preview.isFetching}>
        <h2 id={`${id}-preview`}>What it would do</h2>
        {preview.error ? (
          <div className="alert error" role="alert">
            {asApiError(preview.error).message} Remove or change that change to see the rest.
          </div>
        ) : preview.data ? (
          <ScenarioPreview preview={preview.data} />
        ) : (
          <p className="muted">Working it out…</p>
        )}
      </section>
    </div>
  );
}
