"use client";

import { useId, useRef, useState } from "react";
import { ConfirmButton, useConfirm } from "@/components/ui/confirm-dialog";
import {
  NO_HOLDINGS,
  type StageHoldings,
  stageMergeMessage,
  stageRemovalMessage,
} from "@/lib/model/edits/stage-consequences";
import { useModelEdit } from "../use-model-edit";
import { FieldError, type ModelEditAction, OtherError, invalidProps, submit } from "./form-parts";
import type { SetupStage } from "./setup-types";
import { StageTemplate } from "./stage-template";

/**
 * The lifecycle stages in their order: rename, reorder, merge into another, remove, add (or start from the
 * template). After a merge or removal the row is gone, so focus moves to the section's heading, and what was
 * done is announced beside it.
 */
export function StagesSection({
  org,
  stages,
  holdings,
  edit,
}: {
  org: string;
  stages: SetupStage[];
  holdings: Record<string, StageHoldings>;
  edit: ModelEditAction;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [done, setDone] = useState<string | null>(null);
  const gone = (summary: string | undefined) => {
    setDone(summary ? `${summary}.` : null);
    heading.current?.focus();
  };
  return (
    <section className="card" aria-labelledby="stages-heading">
      <h2 id="stages-heading" ref={heading} tabIndex={-1}>
        Lifecycle stages
      </h2>
      {done && (
        <p role="status" className="alert success">
          {done}
        </p>
      )}
      {stages.length === 0 && <StageTemplate edit={edit} />}
      <ol className="setup-list">
        {stages.map((stage, i) => (
          <li key={stage.key}>
            <StageRow org={org} stage={stage} position={i + 1} count={stages.length} move={edit} />
            <StageEnding
              org={org}
              stage={stage}
              others={stages.filter((s) => s.key !== stage.key)}
              holdings={holdings}
              onGone={gone}
            />
          </li>
        ))}
      </ol>
      <AddStageForm org={org} />
    </section>
  );
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
  stage: SetupStage;
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

/**
 * Ending a stage: merge it into another (its behaviours and stories move there) or remove it. Both dialogs say
 * exactly what happens, from the counts the server sent with the page.
 */
function StageEnding({
  org,
  stage,
  others,
  holdings,
  onGone,
}: {
  org: string;
  stage: SetupStage;
  others: SetupStage[];
  holdings: Record<string, StageHoldings>;
  onGone: (summary: string | undefined) => void;
}) {
  const edit = useModelEdit(org, onGone);
  const { confirm, dialog } = useConfirm();
  const [into, setInto] = useState("");
  const id = useId();
  const held = holdings[stage.key] ?? NO_HOLDINGS;
  const target = others.find((s) => s.key === into);
  // Folded away: merging and removing are rare, and seven stages each showing both crowd the list.
  return (
    <details className="stage-more">
      <summary>
        Merge or remove<span className="sr-only"> {stage.name}</span>
      </summary>
      <form
        className="inline-form setup-details"
        aria-label={`Merge or remove ${stage.name}`}
        onSubmit={async (e) => {
          e.preventDefault();
          if (!target) return;
          const confirmed = await confirm({
            title: `Merge “${stage.name}” into “${target.name}”?`,
            message: stageMergeMessage(stage.name, target.name, held),
            action: `Merge into ${target.name}`,
          });
          if (confirmed) edit.run({ op: "mergeStage", key: stage.key, into: target.key });
        }}
      >
        {others.length > 0 && (
          <>
            <div className="field">
              <label htmlFor={id}>Merge {stage.name} into</label>
              <select
                id={id}
                value={into}
                onChange={(e) => setInto(e.target.value)}
                required
                {...invalidProps(edit, "into", `${id}-error`)}
              >
                <option value="">Choose a stage</option>
                {others.map((s) => (
                  <option key={s.key} value={s.key}>
                    {s.name}
                  </option>
                ))}
              </select>
              <FieldError id={`${id}-error`} error={edit.error} field="into" />
            </div>
            <button className="button small secondary" type="submit" disabled={edit.pending}>
              Merge<span className="sr-only"> {stage.name}</span>
            </button>
          </>
        )}
        <ConfirmButton
          className="button small danger"
          aria-label={`Remove ${stage.name}`}
          disabled={edit.pending}
          confirm={{
            title: `Remove the stage “${stage.name}”?`,
            message: stageRemovalMessage(stage.name, held),
            action: `Remove ${stage.name}`,
          }}
          onConfirm={() => edit.run({ op: "removeStage", key: stage.key })}
        >
          Remove
        </ConfirmButton>
        <OtherError edit={edit} fields={["into"]} />
        {dialog}
      </form>
    </details>
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
