"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useRef, useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { api, asApiError } from "@/lib/client/api";
import { captionsProblem, TRANSCRIPT_MAX_CHARS } from "@/lib/media/rules/captions";
import { ACCEPTED_CLIPS_TEXT, clipSizeProblem, sizeInWords } from "@/lib/media/rules/clip-type";
import { clipViewSchema, type ClipView } from "@/lib/stories/clip-view";
import { sendWithProgress } from "./send-with-progress";
import { storyClipsKey } from "./story-clip-slot";
import { useConfirm } from "@/components/ui/confirm-dialog";

/** What the file picker offers; the server decides by the file's content, not by this list. */
const ACCEPT =
  "audio/mpeg,audio/mp4,audio/aac,audio/wav,audio/ogg,audio/webm,video/mp4,video/webm,.mp3,.m4a,.aac,.wav,.ogg,.opus,.webm,.mp4";

type Props = { org: string; story: { key: string; customer: string; clip: ClipView | null }; maxBytes: number };

/**
 * Attach, replace or remove a story's clip, with its captions (WebVTT) and/or transcript. The size and the
 * captions are checked here first so a wrong file fails at once; the server checks everything again.
 */
export function StoryClipEditor({ org, story, maxBytes }: Props) {
  const id = useId();
  const router = useRouter();
  const queryClient = useQueryClient();
  const form = useRef<HTMLFormElement>(null);
  const clip = story.clip;
  const [file, setFile] = useState<File | null>(null);
  const [captions, setCaptions] = useState<string | null>(null);
  const [dropCaptions, setDropCaptions] = useState(false);
  const [transcript, setTranscript] = useState(clip?.transcript ?? "");
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const url = `/api/orgs/${org}/stories/${story.key}/clip`;

  const done = (message: string) => {
    setSaved(message);
    setFile(null);
    setCaptions(null);
    setDropCaptions(false);
    form.current?.reset();
    void queryClient.invalidateQueries({ queryKey: storyClipsKey(org) });
    router.refresh();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    setError(null);
    if (!file && !clip) return setError({ field: "clip", message: "Choose an audio or video clip." });
    const tooBig = file ? clipSizeProblem(file.size, maxBytes) : null;
    if (tooBig) return setError({ field: "clip", message: tooBig });
    const keepsCaptions = captions !== null || (!dropCaptions && clip?.captionsUrl);
    if (!keepsCaptions && transcript.trim() === "")
      return setError({
        field: "captions",
        message: "Add captions (a WebVTT file) or a transcript: the room often watches with the sound off.",
      });
    const body = new FormData();
    // Texts first: the server reads them before the clip.
    if (captions !== null) body.append("captions", captions);
    else if (dropCaptions) body.append("captions", "");
    body.append("transcript", transcript);
    if (file) body.append("clip", file);
    setProgress(0);
    try {
      await sendWithProgress(url, "PUT", body, clipViewSchema, setProgress);
      done(file ? (clip ? "Clip replaced." : "Clip attached.") : "Captions and transcript saved.");
    } catch (caught) {
      const failure = asApiError(caught);
      setError({ field: failure.field, message: failure.message });
    } finally {
      setProgress(null);
    }
  }

  const { confirm, dialog } = useConfirm();
  async function remove() {
    const confirmed = await confirm({
      title: `Remove the clip of ${story.customer}?`,
      message: clip
        ? `The ${clip.kind} clip of ${story.customer} (${sizeInWords(clip.byteSize)})${clip.captionsUrl ? ", its captions" : ""}${clip.transcript ? " and its transcript" : ""} go for good; the story stays.`
        : `The clip of ${story.customer} goes for good; the story stays.`,
      action: `Remove the clip`,
    });
    if (!confirmed) return;
    setError(null);
    try {
      await api.delete(url);
      setTranscript("");
      done("Clip removed.");
    } catch (caught) {
      setError({ message: asApiError(caught).message });
    }
  }

  const invalid = (field: string) => (error?.field === field ? true : undefined);
  const pending = progress !== null;
  return (
    <form
      ref={form}
      className="clip-editor"
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
      data-testid="clip-editor"
    >
      <h3 id={`${id}-title`}>The customer&apos;s own voice</h3>
      <p className="muted">
        {clip
          ? `${clip.kind === "video" ? "A video" : "An audio"} clip of ${sizeInWords(clip.byteSize)} is attached${clip.captionsUrl ? ", with captions" : ""}${clip.transcript ? (clip.captionsUrl ? " and a transcript" : ", with a transcript") : ""}.`
          : `A short audio or video clip (${ACCEPTED_CLIPS_TEXT}; up to ${sizeInWords(maxBytes)}), with captions or a transcript.`}
      </p>
      <FormError message={error?.message} />
      {saved && (
        <p className="alert success" role="status">
          {saved}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-clip`}>{clip ? "Replace the clip (optional)" : "Audio or video clip"}</label>
        <input
          id={`${id}-clip`}
          type="file"
          accept={ACCEPT}
          aria-invalid={invalid("clip")}
          onChange={(e) => {
            setError(null);
            setSaved(null);
            setFile(e.target.files?.[0] ?? null);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-captions`}>
          Captions (a WebVTT file, .vtt){clip?.captionsUrl ? " — replaces the current captions" : ""}
        </label>
        <input
          id={`${id}-captions`}
          type="file"
          accept=".vtt,text/vtt"
          aria-invalid={invalid("captions")}
          onChange={async (e) => {
            setError(null);
            const chosen = e.target.files?.[0];
            if (!chosen) return setCaptions(null);
            const text = await chosen.text();
            const problem = captionsProblem(text);
            if (problem) {
              setCaptions(null);
              e.target.value = "";
              return setError({ field: "captions", message: problem });
            }
            setCaptions(text);
          }}
        />
        {clip?.captionsUrl && captions === null && (
          <label className="checkbox">
            <input type="checkbox" checked={dropCaptions} onChange={(e) => setDropCaptions(e.target.checked)} /> Remove
            the current captions
          </label>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-transcript`}>Transcript (what the customer says, word for word)</label>
        <textarea
          id={`${id}-transcript`}
          rows={3}
          value={transcript}
          maxLength={TRANSCRIPT_MAX_CHARS}
          aria-invalid={invalid("transcript")}
          onChange={(e) => setTranscript(e.target.value)}
        />
      </div>
      {pending && (
        <p role="status" className="muted">
          <label htmlFor={`${id}-progress`}>Uploading… {Math.round((progress ?? 0) * 100)} %</label>
          <br />
          <progress id={`${id}-progress`} max={1} value={progress ?? 0} />
        </p>
      )}
      <div className="row-actions">
        <button className="button" type="submit" disabled={pending}>
          {file ? (clip ? "Replace clip" : "Attach clip") : clip ? "Save captions and transcript" : "Attach clip"}
        </button>
        {clip && (
          <button className="button danger small" type="button" disabled={pending} onClick={remove}>
            Remove clip
          </button>
        )}
      </div>
      {dialog}
    </form>
  );
}
