/**
 * The HTTP answer for a stored clip or its captions. The Content-Type is the one stored when the clip's
 * content was checked — never anything from the request — with nosniff, so no browser reads a clip as a
 * page. Byte ranges (206) let players seek; a range past the end is 416. Private and not kept: a clip is
 * a customer's voice.
 */
import { NotFoundError } from "@/lib/errors";
import type { MediaStore } from "./media-store";
import { byteRangeOf } from "./rules/byte-range";

const COMMON = {
  "x-content-type-options": "nosniff",
  "content-disposition": "inline",
  "cache-control": "private, no-store",
  // Even opened on its own, the answer may run nothing and embed nothing.
  "content-security-policy": "default-src 'none'; media-src 'self'",
  "cross-origin-resource-policy": "same-origin",
};

export async function clipResponse(
  request: Request,
  clip: { storageKey: string; mediaType: string; byteSize: number },
  store: MediaStore,
): Promise<Response> {
  const size = clip.byteSize;
  const answer = byteRangeOf(request.headers.get("range"), size);
  if (answer.kind === "unsatisfiable")
    return new Response(null, {
      status: 416,
      headers: { ...COMMON, "content-range": `bytes */${size}`, "accept-ranges": "bytes" },
    });
  const range = answer.kind === "partial" ? answer.range : undefined;
  const body = await store.get(clip.storageKey, range);
  if (!body) throw new NotFoundError("Clip");
  const headers: Record<string, string> = {
    ...COMMON,
    "content-type": clip.mediaType,
    "accept-ranges": "bytes",
    "content-length": String(range ? range.end - range.start + 1 : size),
  };
  if (range) headers["content-range"] = `bytes ${range.start}-${range.end}/${size}`;
  return new Response(body, { status: range ? 206 : 200, headers });
}

export function captionsResponse(captions: string | null): Response {
  if (captions === null) throw new NotFoundError("Captions");
  return new Response(captions, { headers: { ...COMMON, "content-type": "text/vtt; charset=utf-8" } });
}
