"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { api } from "@/lib/client/api";
import { useApiAction, useApiForm } from "@/lib/client/use-api-form";
import type { StoryView } from "@/lib/stories/list-stories";
import type { MomentStoryDraft } from "@/lib/workshops/moment-drafts";
import { StoryClipEditor } from "./story-clip-editor";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { NameOptions } from "@/components/ui/name-options";

type Choices = { stages: { key: string; name: string }[]; roles: { key: string; name: string }[] };

/** Shrinks a chosen photo to a 160-pixel square JPEG data URL (a few KB) before it is sent. */
async function shrinkPhoto(file: File): Promise<string> {
  const bitmap = await createImageBitmap(file);
  const side = Math.min(bitmap.width, bitmap.height);
  const canvas = Object.assign(document.createElement("canvas"), { width: 160, height: 160 });
  canvas
    .getContext("2d")!
    .drawImage(bitmap, (bitmap.width - side) / 2, (bitmap.height - side) / 2, side, side, 0, 0, 160, 160);
  return canvas.toDataURL("image/jpeg", 0.82);
}

export function StoryForm({
  org,
  choices,
  story,
  initialStage,
  fromMoment,
  onDone,
}: {
  org: string;
  choices: Choices;
  story?: StoryView;
  /** The stage a new story starts at (the customer room's QR code opens the form at its stage). */
  initialStage?: string | null;
  /**
   * A workshop moment the new story is written from: its words start the form, a stage must be chosen,
   * and saving marks the moment as this story, then goes back to the workshops.
   */
  fromMoment?: { workshopId: string; momentId: string; draft: MomentStoryDraft };
  onDone?: () => void;
}) {
  const id = useId();
  const router = useRouter();
  const prefill = fromMoment?.draft;
  const [customer, setCustomer] = useState(story?.customer ?? prefill?.customer ?? "");
  const [pseudonym, setPseudonym] = useState(story?.pseudonym ?? prefill?.pseudonym ?? false);
  const [narrative, setNarrative] = useState(story?.narrative ?? prefill?.narrative ?? "");
  const [stage, setStage] = useState(story?.stage?.key ?? initialStage ?? "");
  const [roles, setRoles] = useState<string[]>(story?.roles.map((r) => r.key) ?? []);
  const [sentiment, setSentiment] = useState<"positive" | "negative">(
    story?.sentiment ?? prefill?.sentiment ?? "negative",
  );
  const [source, setSource] = useState<StoryView["source"]>(story?.source ?? prefill?.source ?? "interview");
  const [photo, setPhoto] = useState<string | null>(story?.photo ?? null);
  const save = useApiForm({
    send: () => {
      const body = { customer, pseudonym, narrative, stage: stage || null, roles, sentiment, source, photo };
      if (fromMoment) {
        const { workshopId, momentId } = fromMoment;
        return api.post(`/api/orgs/${org}/workshops/${workshopId}/moments/${momentId}/story`, body);
      }
      return story
        ? api.put(`/api/orgs/${org}/stories/${story.key}`, body)
        : api.post(`/api/orgs/${org}/stories`, body);
    },
    onSuccess: () => {
      if (fromMoment) {
        router.push(`/orgs/${org}/workshops`);
        return;
      }
      if (!story) {
        setCustomer("");
        setNarrative("");
        setRoles([]);
        setPhoto(null);
      }
      onDone?.();
    },
    refresh: true,
  });
  return (
    <form onSubmit={save.onSubmit} aria-label={story ? `Edit the story of ${story.customer}` : "Add a story"}>
      <FormError message={save.error?.message} />
      <div className="inline-form">
        <div className="field">
          <label htmlFor={`${id}-customer`}>Customer</label>
          <input
            id={`${id}-customer`}
            type="text"
            value={customer}
            onChange={(e) => setCustomer(e.target.value)}
            required
            maxLength={200}
          />
        </div>
        {fromMoment ? (
          <p className="muted">Workshop participants stay anonymous: the name is shown as changed.</p>
        ) : (
          <label className="checkbox">
            <input type="checkbox" checked={pseudonym} onChange={(e) => setPseudonym(e.target.checked)} /> This name is
            a pseudonym
          </label>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-narrative`}>What happened, in their words</label>
        <textarea
          id={`${id}-narrative`}
          rows={3}
          value={narrative}
          onChange={(e) => setNarrative(e.target.value)}
          required
          minLength={10}
          maxLength={4000}
        />
      </div>
      <div className="inline-form">
        <div className="field">
          <label htmlFor={`${id}-stage`}>Stage</label>
          <select
            id={`${id}-stage`}
            value={stage}
            onChange={(e) => setStage(e.target.value)}
            required={Boolean(fromMoment)}
            aria-invalid={save.invalid("stage")}
          >
            <option value="">{fromMoment ? "Choose the stage…" : "(none)"}</option>
            <NameOptions items={choices.stages} />
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-sentiment`}>Experience</label>
          <select
            id={`${id}-sentiment`}
            value={sentiment}
            onChange={(e) => setSentiment(e.target.value as "positive" | "negative")}
          >
            <option value="negative">Negative</option>
            <option value="positive">Positive</option>
          </select>
        </div>
        {!fromMoment && (
          <div className="field">
            <label htmlFor={`${id}-source`}>Source</label>
            <select
              id={`${id}-source`}
              value={source}
              onChange={(e) => setSource(e.target.value as StoryView["source"])}
            >
              <option value="interview">Interview</option>
              <option value="complaint">Complaint</option>
              <option value="ride-along">Ride-along</option>
              <option value="workshop">Workshop</option>
            </select>
          </div>
        )}
      </div>
      <fieldset className="field audience">
        <legend>Roles involved</legend>
        <div className="audience-options">
          {choices.roles.map((r) => (
            <label key={r.key} className="checkbox">
              <input
                type="checkbox"
                checked={roles.includes(r.key)}
                onChange={(e) => setRoles(e.target.checked ? [...roles, r.key] : roles.filter((k) => k !== r.key))}
              />{" "}
              {r.name}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-photo`}>Photo (optional; otherwise initials are shown)</label>
        <input
          id={`${id}-photo`}
          type="file"
          accept="image/png,image/jpeg,image/webp"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (file) setPhoto(await shrinkPhoto(file));
          }}
        />
        {photo && (
          <span className="row-actions" style={{ alignItems: "center", marginTop: "0.4rem" }}>
            {/* eslint-disable-next-line @next/next/no-img-element -- a preview of a data URL */}
            <img className="avatar" src={photo} alt="Chosen photo" width={44} height={44} />
            <button className="button secondary small" type="button" onClick={() => setPhoto(null)}>
              Remove photo
            </button>
          </span>
        )}
      </div>
      <button className="button" type="submit" disabled={save.pending}>
        {story ? "Save story" : fromMoment ? "Save as a customer story" : "Add story"}
      </button>
    </form>
  );
}

export function StoryActions({
  org,
  choices,
  story,
  clipMaxBytes,
}: {
  org: string;
  choices: Choices;
  story: StoryView;
  clipMaxBytes: number;
}) {
  const [editing, setEditing] = useState(false);
  const remove = useApiAction({ send: () => api.delete(`/api/orgs/${org}/stories/${story.key}`), refresh: true });
  return (
    <div>
      <FormError message={remove.error?.message} />
      <div className="row-actions">
        <button
          className="button secondary small"
          type="button"
          aria-expanded={editing}
          onClick={() => setEditing(!editing)}
        >
          {editing ? "Cancel" : "Edit"}
        </button>
        <ConfirmButton
          className="button danger small"
          confirm={{
            title: `Remove the story of ${story.customer}${story.stage ? ` (${story.stage.name})` : ""}?`,
            message: `The ${story.sentiment} story of ${story.customer}${story.clip ? ", with its clip," : ""} leaves the stories and the room for good.`,
            action: `Remove the story of ${story.customer}`,
          }}
          onConfirm={() => remove.run()}
        >
          Remove
        </ConfirmButton>
      </div>
      {editing && (
        <>
          <StoryForm org={org} choices={choices} story={story} onDone={() => setEditing(false)} />
          <StoryClipEditor org={org} story={story} maxBytes={clipMaxBytes} />
        </>
      )}
    </div>
  );
}
