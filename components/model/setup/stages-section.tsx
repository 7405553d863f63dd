"use client";

import { useModelEdit } from "../use-model-edit";
import { FieldError, type ModelEditAction, OtherError, invalidProps, submit } from "./form-parts";
import type { SetupStage } from "./setup-types";
import { StageTemplate } from "./stage-template";

/** The lifecycle stages in their order: rename, reorder, add (or start from the template). */
export function StagesSection({ org, stages, edit }: { org: string; stages: SetupStage[]; edit: ModelEditAction }) {
  return (
    <section className="card" aria-labelledby="stages-heading">
      <h2 id="stages-heading">Lifecycle stages</h2>
      {stages.length === 0 && <StageTemplate edit={edit} />}
      <ol className="setup-list">
        {stages.map((stage, i) => (
          <li key={stage.key}>
            <StageRow org={org} stage={stage} position={i + 1} count={stages.length} move={edit} />
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
