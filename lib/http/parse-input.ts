/**
 * Input at the HTTP boundary, checked in one place: JSON bodies (content type, size, nesting, and strings
 * PostgreSQL cannot store or JavaScript cannot encode) and zod schemas. Every problem is a 4xx naming
 * its field, so malformed input never reaches the database as a 500.
 */
import type { z } from "zod";
import { UnsupportedMediaTypeError, ValidationError } from "@/lib/errors";
import { readBodyText } from "./read-body";

/** Deeper than any document the app takes (a model file nests 4 levels); stops stack-deep inputs early. */
export const MAX_JSON_DEPTH = 32;

const JSON_CONTENT_TYPE = /^\s*application\/([\w.+-]*\+)?json\s*(;|$)/i;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function fieldOf(issue: { path: PropertyKey[] }): string {
  return issue.path.map(String).join(".") || "body";
}

/** Parses a value (a body, a query) with a zod schema; the first problem becomes a 400 naming its field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  assertStorableStrings(value);
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ValidationError(fieldOf(issue), issue.message);
  }
  return result.data;
}

export function isJsonContentType(request: Request): boolean {
  return JSON_CONTENT_TYPE.test(request.headers.get("content-type") ?? "");
}

/** Routes that take JSON refuse other bodies (a form post, text) with 415. */
export function requireJsonContentType(request: Request): void {
  if (!isJsonContentType(request)) throw new UnsupportedMediaTypeError("JSON (Content-Type: application/json)");
}

/** Routes that take a CSV file refuse JSON with 415 rather than read it as a table. */
export function refuseJsonContentType(request: Request): void {
  if (isJsonContentType(request)) throw new UnsupportedMediaTypeError("CSV text (Content-Type: text/csv)");
}

/** Why a string cannot be taken (PostgreSQL stores no NUL; a lone surrogate is not text), or null. */
export function badCharacters(text: string): string | null {
  if (text.includes("\u0000")) return "must not contain NUL characters";
  if (LONE_SURROGATE.test(text)) return "must not contain unpaired surrogate characters";
  return null;
}

const lineAt = (text: string, index: number) => text.slice(0, index).split("\n").length;

/**
 * One pass over JSON text, before anything parses it: refuses nesting deeper than MAX_JSON_DEPTH and
 * \u escapes that decode to NUL or an unpaired surrogate (raw ones cannot survive UTF-8 decoding), naming
 * the line. Syntax is left to the parser, so a file's own validator can still report it by line.
 */
export function checkJsonText(text: string): void {
  scanJson(text, true);
}

function scanJson(text: string, checkEscapes: boolean): void {
  let depth = 0;
  let inString = false;
  let pendingHigh = -1; // index of a \uD800–\uDBFF escape still waiting for its low half
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c && !checkEscapes) i++;
      else if (c === 0x5c) {
        const unit = text[i + 1] === "u" ? parseInt(text.slice(i + 2, i + 6), 16) : NaN;
        const high = unit >= 0xd800 && unit <= 0xdbff;
        const low = unit >= 0xdc00 && unit <= 0xdfff;
        if (unit === 0)
          throw new ValidationError("body", `The JSON contains a NUL character (\\u0000) on line ${lineAt(text, i)}.`);
        if ((pendingHigh >= 0 && !low) || (pendingHigh < 0 && low))
          throw new ValidationError(
            "body",
            `The JSON contains an unpaired surrogate on line ${lineAt(text, pendingHigh >= 0 ? pendingHigh : i)}.`,
          );
        pendingHigh = high ? i : -1;
        i += Number.isNaN(unit) ? 1 : 5;
        continue;
      }
      if (pendingHigh >= 0)
        throw new ValidationError(
          "body",
          `The JSON contains an unpaired surrogate on line ${lineAt(text, pendingHigh)}.`,
        );
      if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_JSON_DEPTH)
        throw new ValidationError(
          "body",
          `The JSON is nested deeper than ${MAX_JSON_DEPTH} levels (line ${lineAt(text, i)}).`,
        );
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
}

/** Every string and key in a parsed JSON value, checked without recursion; the first bad one names its path. */
function assertStorableStrings(value: unknown): void {
  const stack: [unknown, string][] = [[value, ""]];
  while (stack.length > 0) {
    const [item, path] = stack.pop()!;
    if (typeof item === "string") {
      const problem = badCharacters(item);
      if (problem) throw new ValidationError(path || "body", `${path || "The body"} ${problem}.`);
    } else if (Array.isArray(item)) {
      item.forEach((element, index) => stack.push([element, path ? `${path}.${index}` : String(index)]));
    } else if (item !== null && typeof item === "object") {
      for (const [key, element] of Object.entries(item)) {
        const field = path ? `${path}.${key}` : key;
        const problem = badCharacters(key);
        if (problem) throw new ValidationError(path || "body", `A key in ${path || "the body"} ${problem}.`);
        stack.push([element, field]);
      }
    }
  }
}

/** JSON text to a value, refusing syntax errors, deep nesting and unstorable strings with a 400 naming the field. */
export function parseJsonText(text: string): unknown {
  scanJson(text, false); // strings are checked after parsing, where their field is known
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ValidationError("body", "The request body must be JSON.");
  }
  assertStorableStrings(value);
  return value;
}

/** A JSON request body, size-capped and checked (see parseJsonText); not yet validated against a schema. */
export async function readJsonBody(request: Request): Promise<unknown> {
  requireJsonContentType(request);
  return parseJsonText(await readBodyText(request));
}

export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  return parseInput(schema, await readJsonBody(request));
}
