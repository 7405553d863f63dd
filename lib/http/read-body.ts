/**
 * The one way route code reads a request body: never more than its address accepts — the same table the
 * server enforces (lib/server/body-limits.mjs), so neither depends on the other. A declared Content-Length
 * over the limit is refused before reading; otherwise reading stops as soon as the limit is passed.
 */
import { PayloadTooLargeError, ValidationError } from "@/lib/errors";
import { bodyLimitFor, describeBytes } from "@/lib/server/body-limits.mjs";

export function bodyLimitOf(request: Request): number {
  return bodyLimitFor(request.method, new URL(request.url).pathname);
}

export async function readBodyBytes(request: Request, limit = bodyLimitOf(request)): Promise<Uint8Array> {
  const declared = request.headers.get("content-length");
  if (declared !== null && !(Number(declared) <= limit)) throw new PayloadTooLargeError(describeBytes(limit));
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      // Stop reading rather than cancel: Next feeds the stream from the socket and throws if a
      // cancelled stream is fed again; the server throws the rest of the body away.
      if (size > limit) throw new PayloadTooLargeError(describeBytes(limit));
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The body as text: UTF-8 (invalid bytes are refused, not replaced) without NUL characters, which no format here allows. */
export async function readBodyText(request: Request, limit?: number): Promise<string> {
  const bytes = await readBodyBytes(request, limit);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ValidationError("body", "The request body is not valid UTF-8 text.");
  }
  const nul = text.indexOf("\u0000");
  if (nul >= 0)
    throw new ValidationError(
      "body",
      `The request body contains a NUL character (line ${text.slice(0, nul).split("\n").length}).`,
    );
  return text;
}
