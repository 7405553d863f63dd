/** Captions (WebVTT) and transcripts: what a clip must carry so the room can follow it with the sound off. */

export const CAPTIONS_MAX_BYTES = 200 * 1024;
export const TRANSCRIPT_MAX_CHARS = 10_000;

/** The WebVTT signature: "WEBVTT" (after an optional byte order mark), then the end or a space, tab or line break. */
const SIGNATURE = /^\uFEFF?WEBVTT(?:$|[ \t\r\n])/;

/** The problem with a captions file, or null when it is usable. */
export function captionsProblem(text: string): string | null {
  const bytes = new TextEncoder().encode(text).byteLength;
  if (bytes > CAPTIONS_MAX_BYTES) return `The captions file is ${Math.ceil(bytes / 1024)} KB; the limit is 200 KB.`;
  if (!SIGNATURE.test(text)) return "The captions file is not WebVTT: it must start with the line “WEBVTT”.";
  if (text.includes("\u0000")) return "The captions file contains a NUL character; save it as plain UTF-8 text.";
  return null;
}

/** The problem with a transcript, or null when it is usable. */
export function transcriptProblem(text: string): string | null {
  if (text.length > TRANSCRIPT_MAX_CHARS)
    return `The transcript is ${text.length.toLocaleString("en-GB")} characters; the limit is 10,000.`;
  if (text.includes("\u0000")) return "The transcript contains a NUL character.";
  return null;
}

/** Blank text counts as none (a cleared field). */
export function presentText(text: string | null | undefined): string | null {
  return text && text.trim().length > 0 ? text : null;
}
