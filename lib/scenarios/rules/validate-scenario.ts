/**
 * Checks a `throughline.scenario/1` file against the model it is for, whole and in one pass: JSON syntax,
 * the shape of every edit, and whether each edit fits the model as the earlier edits leave it. Every
 * problem has its line, column, path and the value found.
 */
import { describeIssue, type JsonProblem, parseJsonDocument, valueAt } from "@/lib/model/rules/json-document";
import { formatPath } from "@/lib/model/rules/model-path";
import type { ModelDocument } from "@/lib/model/model-schema";
import { applyScenario } from "./apply-scenario";
import { type Scenario, scenarioSchema } from "./scenario-schema";

export type ScenarioValidation =
  { ok: true; scenario: Scenario; model: ModelDocument } | { ok: false; errors: JsonProblem[] };

export function validateScenarioText(text: string, model: ModelDocument): ScenarioValidation {
  const document = parseJsonDocument(text);
  if (!document.ok) return document;
  const parsed = scenarioSchema.safeParse(document.value);
  const toProblem = (segments: PropertyKey[], message: string): JsonProblem => {
    const path = segments.filter((p): p is string | number => typeof p === "string" || typeof p === "number");
    return { path: formatPath(path), message, ...document.locate(path) };
  };
  if (!parsed.success) {
    // The edits whose shape is right are still checked against the model, so every problem comes at once.
    const broken = new Set(parsed.error.issues.filter((i) => i.path[0] === "edits").map((i) => i.path[1]));
    const edits = valueAt(document.value, ["edits"]);
    const readable = Array.isArray(edits)
      ? edits.flatMap((edit, index) => (broken.has(index) ? [] : [{ edit, index }]))
      : [];
    const checkedEdits = readable.flatMap(({ edit, index }) => {
      const one = scenarioSchema.shape.edits.element.safeParse(edit);
      return one.success ? [{ edit: one.data, index }] : [];
    });
    const fit = applyScenario(
      model,
      checkedEdits.map(({ edit }) => edit),
    );
    return {
      ok: false,
      errors: [
        ...parsed.error.issues.map((issue) =>
          toProblem(issue.path, describeIssue(issue, valueAt(document.value, issue.path))),
        ),
        // Renumbered: the n-th readable edit is edits[index] in the file.
        ...(fit.ok
          ? []
          : fit.problems.map((problem) =>
              toProblem(
                ["edits", checkedEdits[problem.segments[1] as number]!.index, ...problem.segments.slice(2)],
                problem.message,
              ),
            )),
      ].sort((a, b) => a.line - b.line || a.column - b.column),
    };
  }
  const applied = applyScenario(model, parsed.data.edits);
  if (!applied.ok) return { ok: false, errors: applied.problems.map((p) => toProblem(p.segments, p.message)) };
  return { ok: true, scenario: parsed.data, model: applied.model };
}
