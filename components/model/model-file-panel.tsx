"use client";

import { useRouter } from "next/navigation";
import { type ChangeEvent, useState } from "react";

type ImportError = { path: string; message: string; line: number; column: number };
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
    if (!window.confirm(`Replace this organisation's model with ${file.name}? Behaviours, KPIs and influences not in the file will be removed.`)) return;
    setState({ kind: "running", step: "uploading", done: 0, total: 1 });
    const response = await fetch(`/api/orgs/${org}/model`, { method: "POST", headers: { accept: "application/x-ndjson", "content-type": "application/json" }, body: await file.text() });
    if (!response.ok || !response.body) {
      const problem = await response.json().catch(() => ({ detail: `Import failed (${response.status}).` }));
      setState({ kind: "refused", detail: problem.detail, errors: problem.errors ?? [] });
      return;
    }
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines.filter(Boolean)) {
        const message = JSON.parse(line);
        if (message.summary) {
          setState({ kind: "done", summary: message.summary });
          router.refresh();
        } else if (message.problem) setState({ kind: "refused", detail: message.problem.detail, errors: [] });
        else setState({ kind: "running", ...message });
      }
    }
  }

  return (
    <div>
      <h2>Model file</h2>
      <p className="muted">The whole model as one <code>throughline.model/1</code> JSON file (see the README): take it out to a spreadsheet, bring a client&apos;s in.</p>
      <div className="row-actions">
        <a className="button secondary" href={`/api/orgs/${org}/model`} download>Export model</a>
        {canImport && (
          <label className="button">
            Import model…
            <input type="file" accept="application/json,.json" onChange={onFile} className="sr-only" aria-label="Import model file" />
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
          Imported {String(state.summary.roles)} roles, {String(state.summary.behaviours)} behaviours, {String(state.summary.kpis)} KPIs and {String(state.summary.influences)} influences.
        </div>
      )}
      {state.kind === "refused" && (
        <div className="alert error" role="alert" style={{ marginTop: "0.75rem" }}>
          <p>{state.detail}</p>
          {state.errors.length > 0 && (
            <ul data-testid="import-errors">
              {state.errors.map((error, i) => (
                <li key={i}>line {error.line}: <code>{error.path}</code>: {error.message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
