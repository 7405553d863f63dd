/**
 * Which clips a story may carry, decided from what the file's bytes are (its magic numbers, as detected by
 * file-type), never from its name or the browser's claim: a page renamed to .mp3 stays a page.
 */

/** The media type a clip is stored and served as, by the container file-type found. */
const PLAYABLE: Record<string, { mediaType: string; kind: "audio" | "video" }> = {
  mp3: { mediaType: "audio/mpeg", kind: "audio" },
  m4a: { mediaType: "audio/mp4", kind: "audio" },
  aac: { mediaType: "audio/aac", kind: "audio" },
  wav: { mediaType: "audio/wav", kind: "audio" },
  ogg: { mediaType: "audio/ogg", kind: "audio" },
  opus: { mediaType: "audio/ogg", kind: "audio" },
  // WebM cannot cheaply be told audio-only from video; a <video> plays both.
  webm: { mediaType: "video/webm", kind: "video" },
  mp4: { mediaType: "video/mp4", kind: "video" },
};

/** The media types a stored clip may have: what the serving route trusts as a Content-Type. */
export const CLIP_MEDIA_TYPES: ReadonlySet<string> = new Set(Object.values(PLAYABLE).map((p) => p.mediaType));

export const ACCEPTED_CLIPS_TEXT = "MP3, M4A, AAC, WAV, OGG or Opus, WebM or MP4";

const NAMES: Record<string, string> = {
  pdf: "a PDF",
  png: "a PNG image",
  jpg: "a JPEG image",
  gif: "a GIF image",
  webp: "a WebP image",
  zip: "a ZIP archive",
  docx: "a Word document",
  xlsx: "an Excel workbook",
  pptx: "a PowerPoint presentation",
  xml: "an XML file",
  exe: "a program",
  mov: "a QuickTime video, which browsers do not all play",
  flac: "a FLAC audio file, which browsers do not all play",
  mkv: "a Matroska video, which browsers do not all play",
  avi: "an AVI video, which browsers do not all play",
};

/** What a file that file-type could not place looks like, from its first bytes (a page or an image as text). */
function describeUnknown(head: Uint8Array): string | null {
  const text = new TextDecoder("utf-8", { fatal: false })
    .decode(head.subarray(0, 512))
    .replace(/^\uFEFF/, "")
    .trimStart()
    .toLowerCase();
  if (text.startsWith("<svg") || (text.startsWith("<?xml") && text.includes("<svg"))) return "an SVG image";
  if (text.startsWith("<!doctype html") || text.startsWith("<html") || /^<(head|body|script|div|p)\b/.test(text))
    return "a web page (HTML)";
  if (text.startsWith("<")) return "a web page or XML file";
  return null;
}

export type ClipType = { ok: true; mediaType: string; kind: "audio" | "video" } | { ok: false; message: string };

/**
 * @param detected what file-type found (undefined: nothing it knows)
 * @param head the file's first bytes, to name what it is when file-type cannot
 */
export function clipTypeOf(detected: { ext: string; mime: string } | undefined, head: Uint8Array): ClipType {
  const playable = detected && PLAYABLE[detected.ext];
  if (playable) return { ok: true, ...playable };
  const what =
    detected && detected.ext !== "xml"
      ? (NAMES[detected.ext] ?? `a ${detected.ext.toUpperCase()} file`)
      : (describeUnknown(head) ?? (detected ? NAMES.xml! : null));
  const choose = `Choose an ${ACCEPTED_CLIPS_TEXT} file.`;
  return {
    ok: false,
    message: what
      ? `This file is ${what}, not an audio or video clip. ${choose}`
      : `This file is not an audio or video clip. ${choose}`,
  };
}

const MB = 1024 * 1024;

/** "31 MB", "800 KB": a size as people read it. */
export function sizeInWords(bytes: number): string {
  if (bytes >= MB) return `${Math.round((bytes / MB) * 10) / 10} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** "The clip is 31 MB; the limit is 25 MB", or null when it fits. */
export function clipSizeProblem(bytes: number, limit: number): string | null {
  return bytes > limit ? `The clip is ${sizeInWords(bytes)}; the limit is ${sizeInWords(limit)}.` : null;
}
