"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError } from "@/components/ui/form-error";

type Props = {
  /** Where the stated segment is sent: an open shared link (answers with a new link) or a personal link (answers on). */
  endpoint: string;
  departments: { key: string; name: string }[];
  roles: { key: string; name: string; department: string }[];
};

/** Where the respondent works: department, then one of its roles, and their level. */
export function SharedStartForm({ endpoint, departments, roles }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [department, setDepartment] = useState("");
  const [pending, setPending] = useState(false);
  const rolesShown = department ? roles.filter((r) => r.department === department) : roles;
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        setPending(true);
        const form = new FormData(event.currentTarget);
        const response = await fetch(endpoint, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ department: form.get("department") || undefined, role: form.get("role") || undefined, level: form.get("level") }),
        });
        const body = await response.json().catch(() => ({}));
        setPending(false);
        if (!response.ok) return setError(body.detail ?? "Could not start the survey.");
        if (body.sessionToken) router.replace(`/s/${body.sessionToken}`);
        else router.refresh();
      }}
    >
      <FormError message={error} />
      <div className="field">
        <label htmlFor="department">Your department</label>
        <select id="department" name="department" value={department} onChange={(e) => setDepartment(e.target.value)}>
          <option value="">Prefer not to say</option>
          {departments.map((d) => <option key={d.key} value={d.key}>{d.name}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="role">Your role</label>
        <select id="role" name="role" defaultValue="">
          <option value="">Prefer not to say</option>
          {rolesShown.map((r) => <option key={r.key} value={r.key}>{r.name}</option>)}
        </select>
      </div>
      <fieldset className="field">
        <legend>Your level</legend>
        {(["leader", "manager", "frontline"] as const).map((level) => (
          <label key={level} className="checkbox-inline"><input type="radio" name="level" value={level} required /> {level === "frontline" ? "Frontline (no one reports to you)" : level === "manager" ? "Manager" : "Leader (you lead managers)"}</label>
        ))}
      </fieldset>
      <button className="button" type="submit" disabled={pending}>Start</button>
      <p className="hint">Bookmark the next page: its link brings you back to your answers.</p>
    </form>
  );
}
