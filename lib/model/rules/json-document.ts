/**
 * A JSON file as the user wrote it: parsed, with every syntax error placed at its line and column, a way
 * to place any path of the value in the text, and zod's problems told in the user's words. Shared by the
 * model and scenario files (DESIGN §7: errors name the line, the path, the value found and what was expected).
 */
import { findNodeAtLocation, type Node, parseTree, type ParseError, printParseErrorCode } from "jsonc-parser";
import type { z } from "zod";

export type Position = { line: number; column: number };
export type JsonProblem = { path: string; message: string } & Position;
export type JsonDocument =
  { ok: true; value: unknown; locate: (path: (string | number)[]) => Position } | { ok: false; errors: JsonProblem[] };

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function positionOf(starts: number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

/** The deepest node that exists along the path (a missing field points at its object). */
function nodeFor(root: Node | undefined, path: (string | number)[]): Node | undefined {
  for (let length = path.length; length >= 0; length--) {
    const node = root && findNodeAtLocation(root, path.slice(0, length));
    if (node) return node.parent?.type === "property" && typeof path[length - 1] === "string" ? node.parent : node;
  }
  return root;
}

export function parseJsonDocument(text: string): JsonDocument {
  let value: unknown;
  let syntaxFailed = false;
  try {
    value = JSON.parse(text);
  } catch {
    syntaxFailed = true;
  }
  // The syntax tree (for line numbers) is only built when there is something to point at.
  let tree: { root: Node | undefined; starts: number[]; syntaxErrors: ParseError[] } | undefined;
  const located = () => {
    if (!tree) {
      const syntaxErrors: ParseError[] = [];
      const root = parseTree(text, syntaxErrors, {
        disallowComments: true,
        allowTrailingComma: false,
        allowEmptyContent: false,
      });
      tree = { root, starts: lineStarts(text), syntaxErrors };
    }
    return tree;
  };
  if (syntaxFailed) {
    const { syntaxErrors, starts } = located();
    const errors = syntaxErrors.length ? syntaxErrors : [{ error: 0, offset: 0, length: 0 }];
    return {
      ok: false,
      errors: errors.map((error) => ({
        path: "(document)",
        message: syntaxErrors.length
          ? `invalid JSON: ${printParseErrorCode(error.error as ParseError["error"])}`
          : "invalid JSON: empty document",
        ...positionOf(starts, error.offset),
      })),
    };
  }
  return {
    ok: true,
    value,
    locate: (path) => {
      const { root, starts } = located();
      return positionOf(starts, nodeFor(root, path)?.offset ?? 0);
    },
  };
}

export function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const part of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

/** A value as the user wrote it, short enough for a message. */
export function shown(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

const EXPECTED_TYPES: Record<string, string> = {
  string: "text",
  number: "a number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
};

/** What was found and what was expected, in the user's words (never zod's). */
export function describeIssue(issue: z.core.$ZodIssue, found: unknown): string {
  if (issue.code === "unrecognized_keys")
    return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
  if (issue.code === "invalid_type" && found === undefined) return "is required";
  if (issue.code === "invalid_type" && EXPECTED_TYPES[issue.expected])
    return `expected ${EXPECTED_TYPES[issue.expected]}, found ${shown(found)}`;
  if (issue.code === "invalid_value" && issue.values.length > 1)
    return `${shown(found)} is not one of ${issue.values.map(String).join(", ")}`;
  return `${issue.message} (found ${shown(found)})`;
}
