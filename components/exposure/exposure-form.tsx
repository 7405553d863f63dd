"use client";

import { useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";

export function ExposureForm({
  org,
  roles,
}: {
  org: string;
  roles: { key: string; name: string; customerFacing: boolean }[];
}) {
  const [role, setRole] = useState(roles.find((r) => !r.customerFacing)?.key ?? roles[0]?.key ?? "");
  const [kind, setKind] = useState("listening");
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const [people, setPeople] = useState("");
  const record = useApiForm({
    send: () => api.post(`/api/orgs/${org}/exposures`, { role, kind, date, people: people ? Number(people) : null }),
    onSuccess: () => setPeople(""),
    refresh: true,
  });
  return (
    <form className="inline-form" onSubmit={record.onSubmit} aria-label="Record customer exposure">
      <div style={{ flexBasis: "100%" }}>
        <FormError message={record.error?.message} />
        {record.succeeded && (
          <div className="alert success" role="status">
            Recorded.
          </div>
        )}
      </div>
      <div className="field">
        <label htmlFor="exposure-role">Role</label>
        <select id="exposure-role" value={role} onChange={(e) => setRole(e.target.value)}>
          {roles.map((r) => (
            <option key={r.key} value={r.key}>
              {r.name}
              {r.customerFacing ? "" : " (back-office)"}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="exposure-kind">What they did</label>
        <select id="exposure-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="listening">Listened in on calls</option>
          <option value="shift">Worked a customer-facing shift</option>
          <option value="meeting">Met customers</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="exposure-date">Date</label>
        <input id="exposure-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
      </div>
      <div className="field" style={{ maxWidth: "8rem" }}>
        <label htmlFor="exposure-people">People</label>
        <input id="exposure-people" type="number" min={1} value={people} onChange={(e) => setPeople(e.target.value)} />
      </div>
      <button className="button" type="submit" disabled={record.pending}>
        Record
      </button>
    </form>
  );
}
