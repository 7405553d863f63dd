"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";

/** An open shared link answers with the respondent's own link; a personal link answers 204. */
const startedSchema = z.object({ sessionToken: z.string().optional() }).optional();

type Props = {
  /** Where the stated segment is sent: an open shared link (answers with a new link) or a personal link (answers on). */
  endpoint: string;
  departments: { key: string; name: string }[];
  roles: { key: string; name: string; department: string }[];
};

/** Where the respondent works: department, then one of its roles, and their level. */
export function SharedStartForm({ endpoint, departments, roles }: Props) {
  const router = useRouter();
  const [department, setDepartment] = useState("");
  const rolesShown = department ? roles.filter((r) => r.department === department) : roles;
  const form = useApiForm({
    send: (data) =>
      api.post(
        endpoint,
        {
          department: data.get("department") || undefined,
          role: data.get("role") || undefined,
          level: data.get("level"),
        },
        startedSchema,
      ),
    onSuccess: (started) => (started?.sessionToken ? router.replace(`/s/${started.sessionToken}`) : router.refresh()),
  });
  return (
    <form onSubmit={form.onSubmit}>
      <FormError message={form.error?.detailOr("Could not start the survey.")} />
      <div className="field">
        <label htmlFor="department">Your department</label>
        <select id="department" name="department" value={department} onChange={(e) => setDepartment(e.target.value)}>
          <option value="">Prefer not to say</option>
          {departments.map((d) => (
            <option key={d.key} value={d.key}>
              {d.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="role">Your role</label>
        <select id="role" name="role" defaultValue="">
          <option value="">Prefer not to say</option>
          {rolesShown.map((r) => (
            <option key={r.key} value={r.key}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field">
        <legend>Your level</legend>
        {(["leader", "manager", "frontline"] as const).map((level) => (
          <label key={level} className="checkbox-inline">
            <input type="radio" name="level" value={level} required />{" "}
            {level === "frontline"
              ? "Frontline (no one reports to you)"
              : level === "manager"
                ? "Manager"
                : "Leader (you lead managers)"}
          </label>
        ))}
      </fieldset>
      <button className="button" type="submit" disabled={form.pending}>
        Start
      </button>
      <p className="hint">Bookmark the next page: its link brings you back to your answers.</p>
    </form>
  );
}
