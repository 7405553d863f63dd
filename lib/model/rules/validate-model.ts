/**
 * Validates a `throughline.model/1` document from its JSON text: syntax, then shape and references in
 * one pass (DESIGN §7). Every problem is reported (not only the first), each with its path and the line and column where it
 * sits in the file. Never throws on bad input.
 */
import type { z } from "zod";
import { type CheckableModel, checkReferences, type Unchecked } from "./check-references";
import { describeIssue, parseJsonDocument, valueAt } from "./json-document";
import { formatPath } from "./model-path";
import { MODEL_SECTIONS, type ModelDocument, modelDocumentSchema, type ModelSection } from "@/lib/model/model-schema";

export type ModelError = { path: string; message: string; line: number; column: number };
export type ModelValidation = { ok: true; model: ModelDocument } | { ok: false; errors: ModelError[] };

export const MAX_REPORTED_ERRORS = 200;

export function describeModelError(error: ModelError): string {
  return `line ${error.line}, column ${error.column}: ${error.path}: ${error.message}`;
}

export function validateModelText(text: string): ModelValidation {
  const document = parseJsonDocument(text);
  if (!document.ok) return { ok: false, errors: document.errors.slice(0, MAX_REPORTED_ERRORS) };
  return validateModelValue(document.value, document.locate);
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

function sortErrors(errors: ModelError[]): ModelError[] {
  return errors.sort((a, b) => a.line - b.line || a.column - b.column || a.path.localeCompare(b.path));
}
