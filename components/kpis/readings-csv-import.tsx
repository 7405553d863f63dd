"use client";

import { useState } from "react";
import { z } from "zod";
import { api, textBody } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";

const csvErrors = z.array(z.object({ line: z.number(), column: z.string(), message: z.string() }));

/** KPI readings from a spreadsheet, merged into those kept or replacing them all; a file with any error is refused whole. */
export function ReadingsCsvImport({ org }: { org: string }) {
  const [mode, setMode] = useState<"merge" | "replace">("merge");
  const [text, setText] = useState("");
  const upload = useApiForm({
    send: () =>
      api.post(
        `/api/orgs/${org}/kpi-readings?mode=${mode}`,
        textBody(text, "text/csv"),
        z.object({ imported: z.number(), replaced: z.number(), removed: z.number() }),
      ),
    onSuccess: () => setText(""),
    refresh: true,
  });
  const errors = upload.error?.extension("errors", csvErrors);
  return (
    <section className="card" aria-labelledby="readings-csv-heading">
      <h2 id="readings-csv-heading">Import KPI readings from a spreadsheet (CSV)</h2>
      <p className="muted">
        Columns <code>kpi,period,value,target,department</code>: the KPI by its name (or its code), the month as
        2026-01, the value and target with a dot for decimals; target and department may be left empty. A file with any
        error is refused whole, with every problem&apos;s line.
      </p>
      <form onSubmit={upload.onSubmit}>
        <fieldset className="field">
          <legend>The readings already kept</legend>
          <label className="checkbox-inline">
            <input type="radio" name="readings-mode" checked={mode === "merge"} onChange={() => setMode("merge")} />{" "}
            Keep them; the file&apos;s readings replace those of the same KPI, month and department
          </label>
          <label className="checkbox-inline">
            <input type="radio" name="readings-mode" checked={mode === "replace"} onChange={() => setMode("replace")} />{" "}
            Remove them all and keep only the file&apos;s
          </label>
        </fieldset>
        <div className="field">
          <label htmlFor="readings-csv-file">CSV file</label>
          <input
            id="readings-csv-file"
            type="file"
            accept=".csv,text/csv"
            onChange={async (e) => setText((await e.target.files?.[0]?.text()) ?? "")}
          />
        </div>
        <div className="field">
          <label htmlFor="readings-csv-text">…or paste the rows</label>
          <textarea id="readings-csv-text" rows={5} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        {upload.result && (
          <div className="alert success" role="status">
            Imported {upload.result.imported} readings
            {mode === "merge"
              ? `, ${upload.result.replaced} of them replacing one kept`
              : `, ${upload.result.removed} removed`}
            .
          </div>
        )}
        {upload.error && (
          <div className="alert error" role="alert">
            <p>{upload.error.message}</p>
            {errors && (
              <ul data-testid="csv-errors">
                {errors.map((e, i) => (
                  <li key={i}>
                    line {e.line}
                    {e.column ? ` (${e.column})` : ""}: {e.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        <button className="button" type="submit" disabled={upload.pending || !text.trim()}>
          Import readings
        </button>
      </form>
    </section>
  );
}
