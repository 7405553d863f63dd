"use client";

import { useEffect, useRef, useState } from "react";
import { z } from "zod";
import { api, textBody } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-form";
import { count } from "@/lib/text/plural";
import { TableScroll } from "@/components/ui/table-scroll";

const problemSchema = z.array(
  z.object({ line: z.number(), column: z.string(), value: z.string(), message: z.string() }),
);
const resultSchema = z.object({
  mode: z.enum(["replaced", "added"]),
  added: z.number(),
  alreadyListed: z.number(),
  total: z.number(),
});

/** Upload of the people list: checked whole on the server; every problem is listed by line and column. */
export function PeopleUpload({ url, mailed }: { url: string; mailed: boolean }) {
  const [chosen, setChosen] = useState<{ name: string; size: number } | null>(null);
  const upload = useApiAction({
    send: async (file: File) => api.post(url, textBody(await file.text(), "text/csv"), resultSchema),
    refresh: true,
  });
  const problems = upload.error?.extension("errors", problemSchema);
  const total = upload.error?.extension("total", z.number());
  const problemsHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (problems?.length) problemsHeading.current?.focus();
  }, [problems]);
  return (
    <div>
      <div className="field">
        <label htmlFor="people-file">People list (CSV)</label>
        <p className="hint" id="people-file-hint">
          One person a line with the columns email, department, role, level and language, as exported from HR (other
          columns are left out). Departments and roles may be written by their name or their short name in the model.
          Level is leader, manager or frontline; language is en, fr, de, nl or es (empty: English).{" "}
          {mailed
            ? "Invitations have gone out: a new list adds the people not on it yet, and nobody is mailed twice."
            : "Uploading again replaces the list, until invitations are sent."}
        </p>
        <input
          id="people-file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="people-file-hint"
          disabled={upload.pending}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (!file) return;
            setChosen({ name: file.name, size: file.size });
            upload.run(file);
          }}
        />
      </div>
      {upload.pending && chosen && (
        <div className="alert info" role="status">
          Checking and saving {chosen.name} ({Math.max(1, Math.round(chosen.size / 1024))} KB)… A list of 100,000 people
          takes about ten seconds.
          <progress aria-label="Saving the people list" style={{ display: "block", width: "100%" }} />
        </div>
      )}
      {upload.result && !upload.pending && (
        <div className="alert success" role="status" data-testid="people-saved">
          {upload.result.mode === "replaced"
            ? `The list has ${count(upload.result.added, "person", "people")}.`
            : `Added ${count(upload.result.added, "person", "people")}; ${count(upload.result.alreadyListed, "person was", "people were")} already on the list. The list has ${count(upload.result.total, "person", "people")}.`}
        </div>
      )}
      {upload.error && !upload.pending && (
        <div className="alert error" role="alert" data-testid="people-refused">
          {upload.error.detailOr("The list was refused.")}
        </div>
      )}
      {problems && problems.length > 0 && !upload.pending && (
        <section aria-labelledby="people-problems">
          <h3 id="people-problems" tabIndex={-1} ref={problemsHeading}>
            {total && total > problems.length
              ? `The first ${problems.length} of ${count(total, "problem")}`
              : count(problems.length, "problem")}{" "}
            to fix in {chosen?.name ?? "the file"}
          </h3>
          <TableScroll label="Problems in the people list">
            <table>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Column</th>
                  <th scope="col">Found</th>
                  <th scope="col">Problem</th>
                </tr>
              </thead>
              <tbody>
                {problems.map((p, i) => (
                  <tr key={i}>
                    <td>{p.line}</td>
                    <td>{p.column || "—"}</td>
                    <td>{p.value ? <code>{p.value}</code> : "—"}</td>
                    <td>{p.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      )}
    </div>
  );
}
