/**
 * What a clip upload sends: a multipart form with the clip (optional when only its captions or transcript
 * change), its captions (a WebVTT file or text) and its transcript. The body is read through the capped
 * reader, so an oversized upload is refused as soon as it passes the limit, not after it has all arrived.
 */
import { PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError } from "@/lib/errors";
import { ClipTooLargeError } from "@/lib/media/clip-errors";
import { clipSizeProblem } from "@/lib/media/rules/clip-type";
import { readBodyBytes } from "@/lib/http/read-body";
import { CLIP_UPLOAD_LIMIT } from "@/lib/server/body-limits.mjs";

export type ClipUpload = {
  /** The clip's bytes; absent: keep the stored clip, change only its texts. */
  bytes: Uint8Array | null;
  /** null: not sent (keep the clip's own); blank: clear it. */
  captions: string | null;
  transcript: string | null;
};

const MULTIPART = /^\s*multipart\/form-data\s*;/i;

async function textField(form: FormData, name: string): Promise<string | null> {
  const value = form.get(name);
  if (value === null) return null;
  const text = typeof value === "string" ? value : await value.text();
  // Browsers send a form's text fields with CRLF line breaks; keep the text as it was written.
  return text.replace(/\r\n?/g, "\n");
}

export async function readClipUpload(request: Request, maxClipBytes: number): Promise<ClipUpload> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!MULTIPART.test(contentType)) throw new UnsupportedMediaTypeError("a form with files (multipart/form-data)");
  const limit = Math.min(CLIP_UPLOAD_LIMIT, maxClipBytes + 512 * 1024);
  const declared = Number(request.headers.get("content-length"));
  // The clip is nearly all of the body: its size in words is near enough to be useful before any of it is read.
  if (Number.isFinite(declared) && declared > limit)
    throw new ClipTooLargeError(clipSizeProblem(declared, maxClipBytes)!);
  let body: Uint8Array;
  try {
    body = await readBodyBytes(request, limit);
  } catch (error) {
    if (error instanceof PayloadTooLargeError) throw new ClipTooLargeError(clipSizeProblem(limit + 1, maxClipBytes)!);
    throw error;
  }
  let form: FormData;
  try {
    form = await new Response(body as Uint8Array<ArrayBuffer>, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new ValidationError("body", "The upload could not be read as a form. Try choosing the file again.");
  }
  const clip = form.get("clip");
  if (clip !== null && typeof clip === "string") throw new ValidationError("clip", "Send the clip as a file.");
  let bytes: Uint8Array | null = null;
  if (clip) {
    const problem = clipSizeProblem(clip.size, maxClipBytes);
    if (problem) throw new ClipTooLargeError(problem);
    bytes = new Uint8Array(await clip.arrayBuffer());
    if (bytes.byteLength === 0) throw new ValidationError("clip", "The clip file is empty.");
  }
  return { bytes, captions: await textField(form, "captions"), transcript: await textField(form, "transcript") };
}
