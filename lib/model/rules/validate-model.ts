/**
 * Validates a `throughline.model/1` document from its JSON text: syntax, then shape and references in
 * one pass (DESIGN §7). Every problem is reported (not only the first), each with its path and the line and column where it
 * sits in the file. Never throws on bad input.
 */
import { findNodeAtLocation, type Node, parseTree, type ParseError, printParseErrorCode } from "jsonc-parser";
import type { z } from "zod";
import { type CheckableModel, checkReferences, type Unchecked } from "./check-references";
import { formatPath } from "./model-path";
import { MODEL_SECTIONS, type ModelDocument, modelDocumentSchema, type ModelSection } from "@/lib/model/model-schema";

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
  // One pass: the shape of everything, then the references of every entry whose shape allows it.
  const structure = modelDocumentSchema.safeParse(value);
  const shapeIssues = structure.success ? [] : structure.error.issues;
  const references = checkReferences(structure.success ? structure.data : checkableModel(value, shapeIssues));
  if (shapeIssues.length === 0 && references.length === 0 && structure.success)
    return { ok: true, model: structure.data };
  const errors = [
    ...shapeIssues.map((issue) => toError(issue.path, describeIssue(issue, valueAt(value, issue.path)))),
    ...references.map((issue) => toError(issue.path, issue.message)),
  ];
  return { ok: false, errors: sortErrors(errors).slice(0, MAX_REPORTED_ERRORS) };
}

/**
 * The readable part of a document whose shape is wrong: entries with a shape problem become `Unchecked`
 * (keeping their key when it is text), sections that are not lists become unreadable.
 */
function checkableModel(value: unknown, issues: readonly z.core.$ZodIssue[]): CheckableModel {
  if (!isRecord(value)) return {};
  const broken = new Set(issues.map((issue) => `${String(issue.path[0])}\u0000${String(issue.path[1])}`));
  const brokenSections = new Set(issues.filter((i) => i.path.length === 1).map((i) => String(i.path[0])));
  const model: Record<string, unknown[] | undefined> = {};
  for (const section of Object.keys(MODEL_SECTIONS) as ModelSection[]) {
    const entries = value[section];
    if (entries === undefined) model[section] = [];
    else if (!Array.isArray(entries) || brokenSections.has(section)) model[section] = undefined;
    else
      model[section] = entries.map((entry, index): unknown => {
        if (!broken.has(`${section}\u0000${index}`)) return entry;
        const key = isRecord(entry) && typeof entry.key === "string" ? entry.key : undefined;
        return { unchecked: true, ...(key === undefined ? {} : { key }) } satisfies Unchecked;
      });
  }
  return model as CheckableModel;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const part of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

/** A value as the user wrote it, short enough for a message. */
function shown(value: unknown): string {
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
function describeIssue(issue: z.core.$ZodIssue, found: unknown): string {
  if (issue.code === "unrecognized_keys")
    return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
  if (issue.code === "invalid_type" && found === undefined) return "is required";
  if (issue.code === "invalid_type" && EXPECTED_TYPES[issue.expected])
    return `expected ${EXPECTED_TYPES[issue.expected]}, found ${shown(found)}`;
  if (issue.code === "invalid_value" && issue.values.length > 1)
    return `${shown(found)} is not one of ${issue.values.map(String).join(", ")}`;
  return `${issue.message} (found ${shown(found)})`;
}

function sortErrors(errors: ModelError[]): ModelError[] {
  return errors.sort((a, b) => a.line - b.line || a.column - b.column || a.path.localeCompare(b.path));
}
