/**
 * For handlers that read the request themselves (next-auth): the body read once through the capped
 * reader and checked as every other input is — a form's or JSON document's strings must be storable
 * text — then handed on as a fresh request with the same URL, method and headers.
 */
import { NextRequest } from "next/server";
import { UnsupportedMediaTypeError, ValidationError } from "@/lib/errors";
import { badCharacters, isJsonContentType, parseJsonText } from "./parse-input";
import { readBodyText } from "./read-body";

const FORM_CONTENT_TYPE = /^\s*application\/x-www-form-urlencoded\s*(;|$)/i;

export async function bufferedRequest(request: NextRequest): Promise<NextRequest> {
  const text = await readBodyText(request);
  if (text.length > 0) {
    if (isJsonContentType(request)) parseJsonText(text);
    else if (FORM_CONTENT_TYPE.test(request.headers.get("content-type") ?? "")) {
      for (const [field, value] of new URLSearchParams(text)) {
        const problem = badCharacters(field) ?? badCharacters(value);
        if (problem) throw new ValidationError(badCharacters(field) ? "body" : field, `${field} ${problem}.`);
      }
    } else throw new UnsupportedMediaTypeError("a form (application/x-www-form-urlencoded)");
  }
  return new NextRequest(request.url, {
    method: request.method,
    headers: request.headers,
    body: text.length > 0 ? text : undefined,
  });
}
