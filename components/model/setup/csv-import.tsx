"use client";

import { useState } from "react";
import { z } from "zod";
import { api, textBody } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";

const csvErrors = z.array(z.object({ line: z.number(), column: z.string(), message: z.string() }));

/** Departments or roles from a spreadsheet, created or updated by key; a file with any error is refused whole. */
export function CsvImport({ org }: { org: string }) {
  const [kind, setKind] = useState<"departments" | "roles">("departments");
  const [text, setText] = useState("");
  const upload = useApiForm({
    send: () =>
      api.post(
        `/api/orgs/${org}/model/csv?kind=${kind}`,
        textBody(text, "text/csv"),
        z.object({ created: z.number(), updated: z.number() }),
      ),
    onSuccess: () => setText(""),
    refresh: true,
  });
  const errors = upload.error?.extension("errors", csvErrors);
  return (
    <section className="card" aria-labelledby="csv-heading">
      <h2 id="csv-heading">Import from a spreadsheet (CSV)</h2>
      <p className="muted">
        Departments: columns <code>key,name,parent</code>. Roles:{" "}
        <code>key,name,department,customerFacing,headcount</code> (customerFacing: yes or no). Rows are created or
        updated by key; a file with any error is refused whole.
      </p>
      <form onSubmit={upload.onSubmit}>
        <div className="field">
          <label htmlFor="csv-kind">What the file holds</label>
          <select id="csv-kind" value={kind} onChange={(e) => setKind(e.target.value as "departments" | "roles")}>
            <option value="departments">Departments</option>
            <option value="roles">Roles</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="csv-file">CSV file</label>
          <input
            id="csv-file"
            type="file"
            accept=".csv,text/csv"
            onChange={async (e) => setText((await e.target.files?.[0]?.text()) ?? "")}
          />
        </div>
        <div className="field">
          <label htmlFor="csv-text">…or paste the rows</label>
          <textarea id="csv-text" rows={5} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        {upload.result && (
          <div className="alert success" role="status">
            Imported: {upload.result.created} created, {upload.result.updated} updated.
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
          Import {kind}
        </button>
      </form>
    </section>
  );
}
