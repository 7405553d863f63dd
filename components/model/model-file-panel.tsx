"use client";

import { useRouter } from "next/navigation";
import { type ChangeEvent, useEffect, useRef, useState } from "react";
import { z } from "zod";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { api, asApiError, readJson, textBody, UNREADABLE_MESSAGE } from "@/lib/client/api";
import { count } from "@/lib/text/plural";

const importErrors = z.array(z.object({ path: z.string(), message: z.string(), line: z.number(), column: z.number() }));
type ImportError = z.output<typeof importErrors>[number];
/** What the check-only request says a good file holds. */
const checked = z.object({
  contents: z.object({
    departments: z.number(),
    roles: z.number(),
    behaviours: z.number(),
    kpis: z.number(),
    influences: z.number(),
  }),
});
/** One line of the streamed answer: a step done, then the summary or the problem that stopped it. */
const streamLine = z.union([
  z.object({ summary: z.record(z.string(), z.unknown()) }),
  z.object({ problem: z.object({ detail: z.string() }) }),
  z.object({ step: z.string(), done: z.number(), total: z.number() }),
]);

function readLine(line: string): z.output<typeof streamLine> {
  try {
    const parsed = streamLine.safeParse(JSON.parse(line));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: the same as a line of the wrong shape.
  }
  return { problem: { detail: UNREADABLE_MESSAGE } };
}
type State =
  | { kind: "idle" }
  | { kind: "checking"; file: string }
  | { kind: "problems"; file: string; errors: ImportError[] }
  | { kind: "running"; step: string; done: number; total: number }
  | { kind: "done"; summary: Record<string, unknown> }
  | { kind: "refused"; detail: string; errors: ImportError[] };

/**
 * Export the model as a file; import one (replacing the model) once it has been checked whole, with
 * progress, and every problem of a bad file listed before anything is asked.
 */
export function ModelFilePanel({ org, canImport }: { org: string; canImport: boolean }) {
  const router = useRouter();
  const { confirm, dialog } = useConfirm();
  const [state, setState] = useState<State>({ kind: "idle" });

  const problemsHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (state.kind === "problems") problemsHeading.current?.focus();
  }, [state.kind]);

  function refused(caught: unknown, what: string) {
    const error = asApiError(caught);
    setState({
      kind: "refused",
      detail: error.detailOr(`${what} failed (${error.status}).`),
      errors: error.extension("errors", importErrors) ?? [],
    });
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    const text = await file.text();
    // The whole file is checked before anything is asked: a file with problems never offers to replace.
    setState({ kind: "checking", file: file.name });
    let contents: z.output<typeof checked>["contents"];
    try {
      const answer = await api.raw(`/api/orgs/${org}/model/check`, {
        method: "POST",
        body: textBody(text, "application/json"),
      });
      contents = (await readJson(answer, checked)).contents;
    } catch (caught) {
      const errors = asApiError(caught).extension("errors", importErrors);
      if (errors?.length) setState({ kind: "problems", file: file.name, errors });
      else refused(caught, "The check");
      return;
    }
    const holds = [
      count(contents.departments, "department"),
      count(contents.roles, "role"),
      count(contents.behaviours, "behaviour"),
      count(contents.kpis, "KPI"),
      count(contents.influences, "influence"),
    ].join(", ");
    const replace = await confirm({
      title: `Replace this organisation's model with ${file.name}?`,
      message: `The file holds ${holds}. Behaviours, KPIs and influences that are not in the file will be removed.`,
      action: "Replace the model",
    });
    if (!replace) return setState({ kind: "idle" });
    setState({ kind: "running", step: "uploading", done: 0, total: 1 });
    let response: Response;
    try {
      response = await api.raw(`/api/orgs/${org}/model`, {
        method: "POST",
        body: textBody(text, "application/json"),
        accept: "application/x-ndjson",
      });
    } catch (caught) {
      refused(caught, "Import");
      return;
    }
    if (!response.body) return setState({ kind: "refused", detail: `Import failed (${response.status}).`, errors: [] });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines.filter(Boolean)) {
        const message = readLine(line);
        if ("summary" in message) {
          setState({ kind: "done", summary: message.summary });
          router.refresh();
        } else if ("problem" in message) setState({ kind: "refused", detail: message.problem.detail, errors: [] });
        else setState({ kind: "running", ...message });
      }
    }
  }

  return (
    <div>
      {dialog}
      <h2>Model file</h2>
      <p className="muted">
        One file holds this organisation&apos;s whole model: departments, roles, lifecycle stages, behaviours, KPIs,
        processes, systems and how they influence each other. Export it to keep a copy or to work on it elsewhere;
        import a file to replace the model. A file is checked first: if anything in it is wrong, every problem is listed
        with its line and nothing is changed.
      </p>
      <div className="row-actions">
        <a className="button secondary" href={`/api/orgs/${org}/model`} download>
          Export model
        </a>
        {canImport && (
          <label className="button">
            Import model…
            <input
              type="file"
              accept="application/json,.json"
              onChange={onFile}
              className="sr-only"
              aria-label="Import model file"
            />
          </label>
        )}
      </div>
      {state.kind === "running" && (
        <div role="status" style={{ marginTop: "0.75rem" }}>
          <label htmlFor="import-progress">Importing: {state.step}</label>
          <progress id="import-progress" max={state.total} value={state.done} style={{ width: "100%" }} />
        </div>
      )}
      {state.kind === "done" && (
        <div className="alert success" role="status" style={{ marginTop: "0.75rem" }}>
          Imported {String(state.summary.roles)} roles, {String(state.summary.behaviours)} behaviours,{" "}
          {String(state.summary.kpis)} KPIs and {String(state.summary.influences)} influences.
        </div>
      )}
      {state.kind === "checking" && (
        <p role="status" style={{ marginTop: "0.75rem" }}>
          Checking {state.file}…
        </p>
      )}
      {state.kind === "problems" && (
        <div className="alert error" role="alert" style={{ marginTop: "0.75rem" }}>
          <h3 ref={problemsHeading} tabIndex={-1}>
            {count(state.errors.length, "problem")} in {state.file}. Nothing was changed.
          </h3>
          <ProblemList errors={state.errors} />
        </div>
      )}
      {state.kind === "refused" && (
        <div className="alert error" role="alert" style={{ marginTop: "0.75rem" }}>
          <p>{state.detail}</p>
          {state.errors.length > 0 && <ProblemList errors={state.errors} />}
        </div>
      )}
    </div>
  );
}

function ProblemList({ errors }: { errors: ImportError[] }) {
  return (
    <ul data-testid="import-errors">
      {errors.map((error, i) => (
        <li key={i}>
          Line {error.line}, column {error.column}: <code>{error.path}</code>: {error.message}
        </li>
      ))}
    </ul>
  );
}
