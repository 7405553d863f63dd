"use client";

import { useState } from "react";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { NameOptions } from "@/components/ui/name-options";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
import { EMPTY_DRAFT, ObstacleFields } from "./obstacle-fields";
import { ObstacleReceiptNote } from "./obstacle-receipt-note";

type Named = { key: string; name: string };

/**
 * A member's report from the app: the same fields as the obstacle link, whose work it is (optional) and
 * whether to put their name on it — anonymous unless ticked, and then nothing about them is kept.
 */
export function MemberObstacleForm({
  org,
  stages,
  departments,
}: {
  org: string;
  stages: Named[];
  departments: Named[];
}) {
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const [department, setDepartment] = useState("");
  const [named, setNamed] = useState(false);
  const form = useApiForm({
    send: () =>
      api.post(
        `/api/orgs/${org}/obstacles`,
        { ...draft, stage: draft.stage || undefined, department: department || undefined, named },
        z.object({ receipt: z.string().nullable() }),
      ),
    refresh: true,
  });
  if (form.succeeded && form.result) {
    const again = () => {
      setDraft(EMPTY_DRAFT);
      setDepartment("");
      setNamed(false);
      form.reset();
    };
    return form.result.receipt ? (
      <ObstacleReceiptNote receipt={form.result.receipt} onAnother={again} />
    ) : (
      <div role="status">
        <h3>Thank you</h3>
        <p>Your report is in, with your name on it. Its answer will appear under “Your reports” below.</p>
        <button type="button" className="button secondary" onClick={again}>
          Report another obstacle
        </button>
      </div>
    );
  }
  return (
    <form onSubmit={form.onSubmit} aria-labelledby="report-obstacle">
      <ObstacleFields value={draft} onChange={setDraft} stages={stages} error={form.error} />
      <div className="field">
        <label htmlFor="obstacle-department">Whose work is it? (optional)</label>
        <select
          id="obstacle-department"
          value={department}
          aria-describedby="obstacle-department-hint"
          onChange={(e) => setDepartment(e.target.value)}
        >
          <option value="">Not sure</option>
          <NameOptions items={departments} />
        </select>
        <p className="hint" id="obstacle-department-hint">
          The department that runs it, not yours: its heads can then take it up.
        </p>
      </div>
      <div className="field">
        <label className="checkbox-inline">
          <input type="checkbox" checked={named} onChange={(e) => setNamed(e.target.checked)} /> Put my name on it
        </label>
        <p className="hint">
          {named
            ? "Those who take up reports will see your name, and you will find the answer on this page."
            : "Without your name, nothing about you is kept — not even that you reported it. You get a receipt link to read the answer."}
        </p>
      </div>
      <FormError message={form.error?.detailOr("Could not send the report.")} takeFocus />
      <button className="button" type="submit" disabled={form.pending}>
        Send the report
      </button>
    </form>
  );
}
