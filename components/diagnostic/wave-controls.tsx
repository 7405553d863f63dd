"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { callApi } from "@/lib/client/api";
import type { AudienceChoices } from "@/lib/diagnostic/waves/list-audience-choices";

type InstrumentChoice = { id: string; name: string; version: number };

function AudiencePicker({ legend, name, options, chosen, onChange }: { legend: string; name: string; options: { key: string; label: string }[]; chosen: string[]; onChange: (keys: string[]) => void }) {
  return (
    <fieldset className="field audience">
      <legend>{legend} <span className="hint">({chosen.length ? `${chosen.length} chosen` : "everyone"})</span></legend>
      <div className="audience-options">
        {options.map((option) => (
          <label key={option.key} className="checkbox">
            <input type="checkbox" name={name} value={option.key} checked={chosen.includes(option.key)} onChange={(e) => onChange(e.target.checked ? [...chosen, option.key] : chosen.filter((k) => k !== option.key))} />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function CreateWaveForm({ org, instruments, audience }: { org: string; instruments: InstrumentChoice[]; audience: AudienceChoices }) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [k, setK] = useState(5);
  const [instrumentId, setInstrumentId] = useState(instruments[instruments.length - 1]?.id ?? "");
  const [departments, setDepartments] = useState<string[]>([]);
  const [roles, setRoles] = useState<string[]>([]);
  const [opensOn, setOpensOn] = useState("");
  const [closesOn, setClosesOn] = useState("");
  const [sharedLinkMode, setSharedLinkMode] = useState<"verified" | "open">("verified");
  const [resultsRelease, setResultsRelease] = useState<"after_close" | "snapshots">("after_close");
  const create = useMutation({
    mutationFn: () =>
      callApi<{ id: string }>("POST", `/api/orgs/${org}/waves`, { name, k, instrumentId: instrumentId || undefined, audienceDepartments: departments, audienceRoles: roles, opensOn: opensOn || undefined, closesOn: closesOn || undefined, sharedLinkMode, resultsRelease }),
    onSuccess: () => {
      setName("");
      router.refresh();
    },
  });
  return (
    <form onSubmit={(e) => { e.preventDefault(); create.mutate(); }} aria-labelledby="new-wave-heading">
      <h2 id="new-wave-heading">New wave</h2>
      <FormError message={create.error?.message} />
      <div className="inline-form">
        <div className="field"><label htmlFor="wave-name">Name</label><input id="wave-name" type="text" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Spring 2027" required /></div>
        <div className="field">
          <label htmlFor="wave-instrument">Instrument</label>
          <select id="wave-instrument" value={instrumentId} onChange={(e) => setInstrumentId(e.target.value)}>
            {instruments.length === 0 && <option value="">Throughline 3P diagnostic (default)</option>}
            {instruments.map((i) => <option key={i.id} value={i.id}>{i.name} (v{i.version})</option>)}
          </select>
        </div>
        <div className="field" style={{ maxWidth: "10rem" }}>
          <label htmlFor="wave-k">Anonymity threshold (k)</label>
          <input id="wave-k" type="number" min={3} max={50} value={k} onChange={(e) => setK(Number(e.target.value))} />
        </div>
      </div>
      <div className="inline-form" style={{ marginTop: "0.75rem" }}>
        <div className="field"><label htmlFor="wave-opens">Opens on (optional)</label><input id="wave-opens" type="date" value={opensOn} onChange={(e) => setOpensOn(e.target.value)} /></div>
        <div className="field"><label htmlFor="wave-closes">Closes after (optional)</label><input id="wave-closes" type="date" value={closesOn} onChange={(e) => setClosesOn(e.target.value)} /></div>
      </div>
      <fieldset className="field choice-group">
        <legend>Shared link</legend>
        <label className="radio">
          <input type="radio" name="shared-link-mode" value="verified" checked={sharedLinkMode === "verified"} onChange={() => setSharedLinkMode("verified")} />
          <span><strong>Verified work email</strong> (recommended): people enter their work address and get a personal single-use link by email; each address answers once.</span>
        </label>
        <label className="radio">
          <input type="radio" name="shared-link-mode" value="open" checked={sharedLinkMode === "open"} onChange={() => setSharedLinkMode("open")} />
          <span><strong>Open</strong>, for posters and shared tablets: anyone with the link answers. Answers stay safe from members&apos; views, but someone who sends many answers could make a small group visible and work out its people&apos;s answers.</span>
        </label>
      </fieldset>
      <fieldset className="field choice-group">
        <legend>When results are shown</legend>
        <label className="radio">
          <input type="radio" name="results-release" value="after_close" checked={resultsRelease === "after_close"} onChange={() => setResultsRelease("after_close")} />
          <span><strong>When the wave closes</strong> (recommended): nobody can compare figures before and after someone answers.</span>
        </label>
        <label className="radio">
          <input type="radio" name="results-release" value="snapshots" checked={resultsRelease === "snapshots"} onChange={() => setResultsRelease("snapshots")} />
          <span><strong>In snapshots</strong> while it is open: you publish a snapshot when you want one; a group&apos;s figures change only when at least k new people have answered in it.</span>
        </label>
      </fieldset>
      <details style={{ margin: "0.75rem 0" }}>
        <summary>Audience: {departments.length || roles.length ? `${departments.length} department(s), ${roles.length} role(s)` : "everyone"}</summary>
        <AudiencePicker legend="Departments" name="audience-department" options={audience.departments.map((d) => ({ key: d.key, label: d.name }))} chosen={departments} onChange={setDepartments} />
        <AudiencePicker legend="Roles" name="audience-role" options={audience.roles.map((r) => ({ key: r.key, label: `${r.name} — ${r.department}` }))} chosen={roles} onChange={setRoles} />
      </details>
      <button className="button" type="submit" disabled={create.isPending}>Create wave</button>
      <p className="hint">
        No figure is shown for fewer than k respondents (at least 3); k and the instrument are fixed once the wave opens. Links work from the start of the open date to the end of the close date (UTC).
        The shared link offers only the audience&apos;s departments and roles.
      </p>
    </form>
  );
}

export function WaveActions({ org, wave, departments }: { org: string; wave: { id: string; status: string; resultsRelease: string; sharedLinkMode: string }; departments: { key: string; name: string }[] }) {
  const router = useRouter();
  const [sharedLink, setSharedLink] = useState<string | null>(null);
  const [links, setLinks] = useState<string[]>([]);
  const [department, setDepartment] = useState("");
  const [level, setLevel] = useState("");
  const [count, setCount] = useState(10);
  const [imported, setImported] = useState<{ ok: boolean; text: string; errors?: { line: number; column: string; message: string }[] } | null>(null);
  const open = useMutation({ mutationFn: () => callApi<{ sharedLink: string }>("POST", `/api/orgs/${org}/waves/${wave.id}/open`), onSuccess: (r) => { setSharedLink(r.sharedLink); router.refresh(); } });
  const renew = useMutation({ mutationFn: () => callApi<{ sharedLink: string }>("POST", `/api/orgs/${org}/waves/${wave.id}/shared-link`), onSuccess: (r) => setSharedLink(r.sharedLink) });
  const close = useMutation({ mutationFn: () => callApi("POST", `/api/orgs/${org}/waves/${wave.id}/close`), onSuccess: () => router.refresh() });
  const snapshot = useMutation({ mutationFn: () => callApi<{ seq: number }>("POST", `/api/orgs/${org}/waves/${wave.id}/snapshots`), onSuccess: () => router.refresh() });
  const invite = useMutation({
    mutationFn: async () => {
      const response = await fetch(`/api/orgs/${org}/waves/${wave.id}/invitations`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ department: department || undefined, level: level || undefined, count }) });
      const text = await response.text();
      if (!response.ok) throw new Error(JSON.parse(text).detail ?? "Could not create the links.");
      return text;
    },
    onSuccess: (csv) => {
      setLinks(csv.trim().split("\n").slice(1).map((line) => line.split(",")[0]!));
      const url = URL.createObjectURL(new Blob([csv], { type: "text/csv" }));
      const a = Object.assign(document.createElement("a"), { href: url, download: "invitations.csv" });
      a.click();
      URL.revokeObjectURL(url);
      router.refresh();
    },
  });
  const error = open.error ?? renew.error ?? close.error ?? invite.error ?? snapshot.error;
  return (
    <div>
      <FormError message={error?.message} />
      <div className="row-actions">
        {wave.status === "draft" && <button className="button" type="button" onClick={() => open.mutate()}>Open the wave</button>}
        {wave.status === "open" && (
          <button className="button secondary" type="button" disabled={renew.isPending} onClick={() => window.confirm("Make a new shared link? The current one stops working at once.") && renew.mutate()}>
            New shared link
          </button>
        )}
        {wave.status === "open" && wave.resultsRelease === "snapshots" && (
          <button className="button secondary" type="button" disabled={snapshot.isPending} onClick={() => snapshot.mutate()}>Publish a snapshot of results</button>
        )}
        {wave.status === "open" && <button className="button secondary" type="button" onClick={() => window.confirm("Close the wave? Links stop working.") && close.mutate()}>Close the wave</button>}
      </div>
      {snapshot.isSuccess && <p className="alert success" role="status">Snapshot {snapshot.data.seq} published.</p>}
      {sharedLink && (
        <div className="alert success" role="status" style={{ marginTop: "0.75rem" }}>
          <p>{wave.sharedLinkMode === "open" ? "Shared link (shown once — respondents choose their department, role and level):" : "Shared link (shown once — people enter their work email and get a personal link; then choose their department, role and level):"}</p>
          <input type="text" readOnly value={sharedLink} aria-label="Shared link" onFocus={(e) => e.currentTarget.select()} />
        </div>
      )}
      {wave.status !== "closed" && (
        <form className="inline-form" style={{ marginTop: "1rem" }} onSubmit={(e) => { e.preventDefault(); invite.mutate(); }}>
          <div className="field">
            <label htmlFor={`inv-dept-${wave.id}`}>Invite department</label>
            <select id={`inv-dept-${wave.id}`} value={department} onChange={(e) => setDepartment(e.target.value)}>
              <option value="">(not assigned)</option>
              {departments.map((d) => <option key={d.key} value={d.key}>{d.name}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`inv-level-${wave.id}`}>Level</label>
            <select id={`inv-level-${wave.id}`} value={level} onChange={(e) => setLevel(e.target.value)}>
              <option value="">(not assigned)</option>
              <option value="leader">Leader</option>
              <option value="manager">Manager</option>
              <option value="frontline">Frontline</option>
            </select>
          </div>
          <div className="field" style={{ maxWidth: "8rem" }}>
            <label htmlFor={`inv-count-${wave.id}`}>How many</label>
            <input id={`inv-count-${wave.id}`} type="number" min={1} max={5000} value={count} onChange={(e) => setCount(Number(e.target.value))} />
          </div>
          <button className="button secondary" type="submit" disabled={invite.isPending}>Create links (CSV)</button>
        </form>
      )}
      {wave.status === "open" && (
        <div className="field" style={{ marginTop: "0.75rem" }}>
          <label htmlFor={`import-${wave.id}`}>Import responses gathered elsewhere (CSV: department,role,level,&lt;statement key&gt;…)</label>
          <input
            id={`import-${wave.id}`}
            type="file"
            accept=".csv,text/csv"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              e.target.value = "";
              if (!file) return;
              const response = await fetch(`/api/orgs/${org}/waves/${wave.id}/responses`, { method: "POST", headers: { "content-type": "text/csv" }, body: await file.text() });
              const body = await response.json().catch(() => ({}));
              setImported(response.ok ? { ok: true, text: `Imported ${body.imported} responses.` } : { ok: false, text: body.detail ?? "The file was refused.", errors: body.errors });
              router.refresh();
            }}
          />
          {imported && (
            <div className={`alert ${imported.ok ? "success" : "error"}`} role={imported.ok ? "status" : "alert"}>
              {imported.text}
              {imported.errors && <ul>{imported.errors.map((er, i) => <li key={i}>line {er.line}{er.column ? ` (${er.column})` : ""}: {er.message}</li>)}</ul>}
            </div>
          )}
        </div>
      )}
      {links.length > 0 && (
        <div className="field" style={{ marginTop: "0.75rem" }}>
          <label htmlFor={`links-${wave.id}`}>{links.length} single-use links (also downloaded as CSV; shown this once)</label>
          <textarea id={`links-${wave.id}`} readOnly rows={Math.min(6, links.length)} value={links.join("\n")} />
        </div>
      )}
    </div>
  );
}
