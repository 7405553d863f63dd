"use client";

import { useRouter } from "next/navigation";
import { type ChangeEvent, useState } from "react";
import { z } from "zod";
import { api, asApiError, textBody, UNREADABLE_MESSAGE } from "@/lib/client/api";

const importErrors = z.array(z.object({ path: z.string(), message: z.string(), line: z.number(), column: z.number() }));
type ImportError = z.output<typeof importErrors>[number];
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
  | { kind: "running"; step: string; done: number; total: number }
  | { kind: "done"; summary: Record<string, unknown> }
  | { kind: "refused"; detail: string; errors: ImportError[] };

/** Export the model as a file; import one (replacing the model), with progress and every error listed. */
export function ModelFilePanel({ org, canImport }: { org: string; canImport: boolean }) {
  const router = useRouter();
  const [state, setState] = useState<State>({ kind: "idle" });

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    if (
      !window.confirm(
        `Replace this organisation's model with ${file.name}? Behaviours, KPIs and influences not in the file will be removed.`,
      )
    )
      return;
    setState({ kind: "running", step: "uploading", done: 0, total: 1 });
    let response: Response;
    try {
      response = await api.raw(`/api/orgs/${org}/model`, {
        method: "POST",
        body: textBody(await file.text(), "application/json"),
        accept: "application/x-ndjson",
      });
    } catch (caught) {
      const error = asApiError(caught);
      setState({
        kind: "refused",
        detail: error.detailOr(`Import failed (${error.status}).`),
        errors: error.extension("errors", importErrors) ?? [],
      });
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
      <h2>Model file</h2>
      <p className="muted">
        The whole model as one <code>throughline.model/1</code> JSON file (see the README): take it out to a
        spreadsheet, bring a client&apos;s in.
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
      {state.kind === "refused" && (
        <div className="alert error" role="alert" style={{ marginTop: "0.75rem" }}>
          <p>{state.detail}</p>
          {state.errors.length > 0 && (
            <ul data-testid="import-errors">
              {state.errors.map((error, i) => (
                <li key={i}>
                  line {error.line}: <code>{error.path}</code>: {error.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
