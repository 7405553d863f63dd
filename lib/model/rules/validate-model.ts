/**
 * Validates a `throughline.model/1` document from its JSON text: syntax, structure, then references.
 * Every problem is reported (not only the first), each with its path and the line and column where it
 * sits in the file. Never throws on bad input.
 */
import { findNodeAtLocation, type Node, parseTree, type ParseError, printParseErrorCode } from "jsonc-parser";
import { checkReferences } from "./check-references";
import { formatPath } from "./model-path";
import { type ModelDocument, modelDocumentSchema } from "@/lib/model/model-schema";

export type ModelError = { path: string; message: string; line: number; column: number };
export type ModelValidation = { ok: true; model: ModelDocument } | { ok: false; errors: ModelError[] };

export const MAX_REPORTED_ERRORS = 200;

export function describeModelError(error: ModelError): string {
  return `line ${error.line}, column ${error.column}: ${error.path}: ${error.message}`;
}

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

export function validateModelText(text: string): ModelValidation {
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
      errors: errors.slice(0, MAX_REPORTED_ERRORS).map((error) => ({
        path: "(document)",
        message: syntaxErrors.length
          ? `invalid JSON: ${printParseErrorCode(error.error as ParseError["error"])}`
          : "invalid JSON: empty document",
        ...positionOf(starts, error.offset),
      })),
    };
  }
  return validateModelValue(value, (path) => {
    const { root, starts } = located();
    return positionOf(starts, nodeFor(root, path)?.offset ?? 0);
  });
}

/** Validates an already-parsed document; `locate` maps a path to its place in the source, when there is one. */
export function validateModelValue(
  value: unknown,
  locate: (path: (string | number)[]) => { line: number; column: number } = () => ({ line: 0, column: 0 }),
): ModelValidation {
  const toError = (path: PropertyKey[], message: string): ModelError => {
    const clean = path.filter((p): p is string | number => typeof p === "string" || typeof p === "number");
    return { path: formatPath(clean), message, ...locate(clean) };
  };
  const structure = modelDocumentSchema.safeParse(value);
  if (!structure.success) {
    const errors = structure.error.issues.slice(0, MAX_REPORTED_ERRORS).map((issue) => {
      if (issue.code === "unrecognized_keys")
        return toError(
          issue.path,
          `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`,
        );
      if (issue.code === "invalid_type" && issue.input === undefined) return toError(issue.path, "is required");
      return toError(issue.path, issue.message);
    });
    return { ok: false, errors: sortErrors(errors) };
  }
  const references = checkReferences(structure.data);
  if (references.length > 0) {
    return {
      ok: false,
      errors: sortErrors(references.slice(0, MAX_REPORTED_ERRORS).map((issue) => toError(issue.path, issue.message))),
    };
  }
  return { ok: true, model: structure.data };
}

function sortErrors(errors: ModelError[]): ModelError[] {
  return errors.sort((a, b) => a.line - b.line || a.column - b.column || a.path.localeCompare(b.path));
}
