/** A story's clip as pages and players see it: where to fetch it and its captions, and its transcript. */
import { z } from "zod";

/** The shape the browser checks the clips it is sent against. */
export const clipViewSchema = z.object({
  id: z.string(),
  url: z.string(),
  captionsUrl: z.string().nullable(),
  mediaType: z.string(),
  kind: z.enum(["audio", "video"]),
  byteSize: z.number(),
  durationSeconds: z.number().nullable(),
  transcript: z.string().nullable(),
});

export type ClipView = z.infer<typeof clipViewSchema>;

export const storyClipsSchema = z.array(z.object({ story: z.string(), clip: clipViewSchema }));

type ClipRow = {
  id: string;
  mediaType: string;
  byteSize: number;
  durationSeconds: number | null;
  captions: string | null;
  transcript: string | null;
};

/** The columns a ClipView needs (never the storage key, which stays on the server). */
export const clipViewSelect = {
  id: true,
  mediaType: true,
  byteSize: true,
  durationSeconds: true,
  captions: true,
  transcript: true,
} as const;

/** The clip's address carries its id: a replaced clip is a new address, so no player keeps the old one. */
export function clipView(org: string, storyKey: string, clip: ClipRow): ClipView {
  const url = `/api/orgs/${encodeURIComponent(org)}/stories/${encodeURIComponent(storyKey)}/clip/${clip.id}`;
  return {
    id: clip.id,
    url,
    captionsUrl: clip.captions ? `${url}/captions` : null,
    mediaType: clip.mediaType,
    kind: clip.mediaType.startsWith("video/") ? "video" : "audio",
    byteSize: clip.byteSize,
    durationSeconds: clip.durationSeconds,
    transcript: clip.transcript,
  };
}
