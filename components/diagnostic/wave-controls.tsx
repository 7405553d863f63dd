"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { z } from "zod";
import { ShareLink } from "@/components/ui/share-link";
import { FormError } from "@/components/ui/form-error";
import { api, textBody } from "@/lib/client/api";
import { useApiAction, useApiForm } from "@/lib/client/use-api-form";
import type { AudienceChoices } from "@/lib/diagnostic/waves/list-audience-choices";
import { count as countOf } from "@/lib/text/plural";
import { invitationFileName } from "@/lib/diagnostic/invitations/invitation-file-name";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { NameOptions } from "@/components/ui/name-options";

type InstrumentChoice = { id: string; name: string; version: number };
const sharedLinkSchema = z.object({ sharedLink: z.string() });
const csvErrors = z.array(z.object({ line: z.number(), column: z.string(), message: z.string() }));

function AudiencePicker({
  legend,
  name,
  options,
  chosen,
  onChange,
}: {
  legend: string;
  name: string;
  options: { key: string; label: string }[];
  chosen: string[];
  onChange: (keys: string[]) => void;
}) {
  return (
    <fieldset className="field audience">
      <legend>
        {legend} <span className="hint">({chosen.length ? `${chosen.length} chosen` : "everyone"})</span>
      </legend>
      <div className="audience-options">
        {options.map((option) => (
          <label key={option.key} className="checkbox">
            <input
              type="checkbox"
              name={name}
              value={option.key}
              checked={chosen.includes(option.key)}
              onChange={(e) =>
                onChange(e.target.checked ? [...chosen, option.key] : chosen.filter((k) => k !== option.key))
              }
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function CreateWaveForm({
  org,
  instruments,
  audience,
}: {
  org: string;
  instruments: InstrumentChoice[];
  audience: AudienceChoices;
}) {
  const [name, setName] = useState("");
  const [k, setK] = useState(5);
  const [instrumentId, setInstrumentId] = useState(instruments[instruments.length - 1]?.id ?? "");
  const [departments, setDepartments] = useState<string[]>([]);
  const [roles, setRoles] = useState<string[]>([]);
  const [opensOn, setOpensOn] = useState("");
  const [closesOn, setClosesOn] = useState("");
  const [sharedLinkMode, setSharedLinkMode] = useState<"verified" | "open">("verified");
  const [resultsRelease, setResultsRelease] = useState<"after_close" | "snapshots">("after_close");
  const create = useApiForm({
    send: () =>
      api.post(`/api/orgs/${org}/waves`, {
        name,
        k,
        instrumentId: instrumentId || undefined,
        audienceDepartments: departments,
        audienceRoles: roles,
        opensOn: opensOn || undefined,
        closesOn: closesOn || undefined,
        sharedLinkMode,
        resultsRelease,
      }),
    onSuccess: () => setName(""),
    refresh: true,
  });
  return (
    <form onSubmit={create.onSubmit} aria-labelledby="new-wave-heading">
      <h2 id="new-wave-heading">New wave</h2>
      <FormError message={create.error?.message} />
      <div className="inline-form">
        <div className="field">
          <label htmlFor="wave-name">Name</label>
          <input
            id="wave-name"
            type="text"
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="e.g. Spring 2027"
            required
          />
        </div>
        <div className="field">
          <label htmlFor="wave-instrument">Instrument</label>
          <select id="wave-instrument" value={instrumentId} onChange={(e) => setInstrumentId(e.target.value)}>
            {instruments.length === 0 && <option value="">Throughline 3P diagnostic (default)</option>}
            {instruments.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name} (v{i.version})
              </option>
            ))}
          </select>
        </div>
        <div className="field" style={{ maxWidth: "10rem" }}>
          <label htmlFor="wave-k">Anonymity threshold (k)</label>
          <input id="wave-k" type="number" min={3} max={50} value={k} onChange={(e) => setK(Number(e.target.value))} />
        </div>
      </div>
      <div className="inline-form" style={{ marginTop: "0.75rem" }}>
        <div className="field">
          <label htmlFor="wave-opens">Opens on (optional)</label>
          <input id="wave-opens" type="date" value={opensOn} onChange={(e) => setOpensOn(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="wave-closes">Closes after (optional)</label>
          <input id="wave-closes" type="date" value={closesOn} onChange={(e) => setClosesOn(e.target.value)} />
        </div>
      </div>
      <fieldset className="field choice-group">
        <legend>Shared link</legend>
        <label className="radio">
          <input
            type="radio"
            name="shared-link-mode"
            value="verified"
            checked={sharedLinkMode === "verified"}
            onChange={() => setSharedLinkMode("verified")}
          />
          <span>
            <strong>Verified work email</strong> (recommended): people enter their work address and get a personal
            single-use link by email; each address answers once.
          </span>
        </label>
        <label className="radio">
          <input
            type="radio"
            name="shared-link-mode"
            value="open"
            checked={sharedLinkMode === "open"}
            onChange={() => setSharedLinkMode("open")}
          />
          <span>
            <strong>Open</strong>, for posters and shared tablets: anyone with the link answers. Answers stay safe from
            members&apos; views, but someone who sends many answers could make a small group visible and work out its
            people&apos;s answers.
          </span>
        </label>
      </fieldset>
      <fieldset className="field choice-group">
        <legend>When results are shown</legend>
        <label className="radio">
          <input
            type="radio"
            name="results-release"
            value="after_close"
            checked={resultsRelease === "after_close"}
            onChange={() => setResultsRelease("after_close")}
          />
          <span>
            <strong>When the wave closes</strong> (recommended): nobody can compare figures before and after someone
            answers.
          </span>
        </label>
        <label className="radio">
          <input
            type="radio"
            name="results-release"
            value="snapshots"
            checked={resultsRelease === "snapshots"}
            onChange={() => setResultsRelease("snapshots")}
          />
          <span>
            <strong>In snapshots</strong> while it is open: you publish a snapshot when you want one; a group&apos;s
            figures change only when at least k new people have answered in it.
          </span>
        </label>
      </fieldset>
      <details style={{ margin: "0.75rem 0" }}>
        <summary>
          Audience:{" "}
          {departments.length || roles.length
            ? `${countOf(departments.length, "department")}, ${countOf(roles.length, "role")}`
            : "everyone"}
        </summary>
        <AudiencePicker
          legend="Departments"
          name="audience-department"
          options={audience.departments.map((d) => ({ key: d.key, label: d.name }))}
          chosen={departments}
          onChange={setDepartments}
        />
        <AudiencePicker
          legend="Roles"
          name="audience-role"
          options={audience.roles.map((r) => ({ key: r.key, label: `${r.name} — ${r.department}` }))}
          chosen={roles}
          onChange={setRoles}
        />
      </details>
      <button className="button" type="submit" disabled={create.pending}>
        Create wave
      </button>
      <p className="hint">
        No figure is shown for fewer than k respondents (at least 3); k and the instrument are fixed once the wave
        opens. Links work from the start of the open date to the end of the close date (UTC). The shared link offers
        only the audience&apos;s departments and roles.
      </p>
    </form>
  );
}

/** The shared link's secret part (what the poster page reads from its address's fragment). */
const sharedTokenOf = (link: string) => link.split("/s/shared/")[1] ?? "";

export function WaveActions({
  org,
  wave,
  departments,
  kioskHere = false,
}: {
  org: string;
  wave: { id: string; name: string; status: string; phase: string; resultsRelease: string; sharedLinkMode: string };
  departments: { key: string; name: string }[];
  /** This browser is a kiosk for the wave (a manager signed in on it again, to end it). */
  kioskHere?: boolean;
}) {
  const router = useRouter();
  const [sharedLink, setSharedLink] = useState<string | null>(null);
  const [links, setLinks] = useState<string[]>([]);
  const [department, setDepartment] = useState("");
  const [level, setLevel] = useState("");
  const [count, setCount] = useState(10);
  const url = `/api/orgs/${org}/waves/${wave.id}`;
  const open = useApiAction({
    send: () => api.post(`${url}/open`, undefined, sharedLinkSchema),
    onSuccess: (r) => setSharedLink(r.sharedLink),
    refresh: true,
  });
  const renew = useApiAction({
    send: () => api.post(`${url}/shared-link`, undefined, sharedLinkSchema),
    onSuccess: (r) => setSharedLink(r.sharedLink),
  });
  const close = useApiAction({ send: () => api.post(`${url}/close`), refresh: true });
  const kiosk = useApiAction({
    send: () => api.post(`${url}/kiosk`, undefined, z.object({ kiosk: z.string() })),
    // The manager is signed out here: the kiosk replaces this page in the history, so Back leads nowhere of theirs.
    onSuccess: (r) => window.location.replace(r.kiosk),
  });
  const endKiosk = useApiAction({ send: () => api.delete(`${url}/kiosk`), refresh: true });
  const snapshot = useApiAction({
    send: () => api.post(`${url}/snapshots`, undefined, z.object({ seq: z.number() })),
    refresh: true,
  });
  const importResponses = useApiAction({
    send: async (file: File) =>
      api.post(`${url}/responses`, textBody(await file.text(), "text/csv"), z.object({ imported: z.number() })),
    refresh: true,
  });
  const importErrors = importResponses.error?.extension("errors", csvErrors);
  const invite = useApiForm({
    send: () =>
      api.text(`${url}/invitations`, {
        method: "POST",
        body: { department: department || undefined, level: level || undefined, count },
      }),
    onSuccess: (csv) => {
      setLinks(
        csv
          .trim()
          .split("\n")
          .slice(1)
          .map((line) => line.split(",")[0]!),
      );
      const href = URL.createObjectURL(new Blob([csv], { type: "text/csv" }));
      const a = Object.assign(document.createElement("a"), { href, download: invitationFileName(wave.name) });
      a.click();
      URL.revokeObjectURL(href);
    },
    refresh: true,
  });
  const error =
    open.error ?? renew.error ?? close.error ?? invite.error ?? snapshot.error ?? kiosk.error ?? endKiosk.error;
  const { confirm, dialog } = useConfirm();
  return (
    <div>
      <FormError message={error?.message} />
      <div className="row-actions">
        {wave.status === "draft" && (
          <button className="button" type="button" onClick={() => open.run()}>
            Open the wave
          </button>
        )}
        {wave.status === "open" && (
          <button
            className="button secondary"
            type="button"
            disabled={renew.pending}
            onClick={async () =>
              (await confirm({
                title: `Make a new shared link for ${wave.name}?`,
                message: `The current shared link for the wave ${wave.name} stops working at once; people who have it need the new one, posters must be printed again, and kiosks of this wave stop until a manager sets them up again. Single-use invitation links keep working.`,
                action: "Make a new link",
              })) && renew.run()
            }
          >
            New shared link
          </button>
        )}
        {wave.phase === "open" && wave.sharedLinkMode === "open" && !kioskHere && (
          <button
            className="button secondary"
            type="button"
            disabled={kiosk.pending}
            onClick={async () =>
              (await confirm({
                title: `Use this browser as a kiosk for ${wave.name}?`,
                message: `This browser shows the survey to one person after another: each starts on an empty screen, and the screen clears after they send or after 90 seconds without a touch. You are signed out here first. To end the kiosk, sign in again on this device and choose End kiosk on this page.`,
                action: "Make it a kiosk",
              })) && kiosk.run()
            }
          >
            Use this browser as a kiosk
          </button>
        )}
        {wave.status === "open" && wave.resultsRelease === "snapshots" && (
          <button className="button secondary" type="button" disabled={snapshot.pending} onClick={() => snapshot.run()}>
            Publish a snapshot of results
          </button>
        )}
        {wave.status === "open" && (
          <button
            className="button secondary"
            type="button"
            onClick={async () =>
              (await confirm({
                title: `Close the wave ${wave.name}?`,
                message: `Every link to ${wave.name}, shared or single-use, stops working and nobody else can answer. A closed wave cannot be opened again.`,
                action: `Close ${wave.name}`,
              })) && close.run()
            }
          >
            Close the wave
          </button>
        )}
      </div>
      {kioskHere && (
        <div className="alert info" role="note" data-testid="kiosk-here">
          <p>This browser is a kiosk for {wave.name}.</p>
          <div className="row-actions">
            <a className="button secondary small" href={`/s/kiosk/${wave.id}`}>
              Back to the kiosk
            </a>
            <button
              className="button secondary small"
              type="button"
              disabled={endKiosk.pending}
              onClick={() => endKiosk.run()}
            >
              End kiosk
            </button>
          </div>
        </div>
      )}
      {snapshot.result && (
        <p className="alert success" role="status">
          Snapshot {snapshot.result.seq} published.
        </p>
      )}
      {sharedLink && (
        <div style={{ marginTop: "0.75rem" }}>
          <ShareLink
            label="Shared link"
            link={sharedLink}
            intro={
              wave.sharedLinkMode === "open"
                ? "The shared link: respondents choose their department, role and level. It is shown only now — copy it, or make a new one later (this one then stops working)."
                : "The shared link: people enter their work email and get a personal link, then choose their department, role and level. It is shown only now — copy it, or make a new one later (this one then stops working)."
            }
          />
          <p>
            <a
              className="button secondary small"
              href={`/orgs/${org}/diagnostic/${wave.id}/poster#${sharedTokenOf(sharedLink)}`}
              target="_blank"
              rel="noopener"
            >
              Print a poster
            </a>{" "}
            <span className="hint">An A4 page with the QR code of this link, to put up where people pass.</span>
          </p>
        </div>
      )}
      {wave.status !== "closed" && (
        <form className="inline-form" style={{ marginTop: "1rem" }} onSubmit={invite.onSubmit}>
          <div className="field">
            <label htmlFor={`inv-dept-${wave.id}`}>Invite department</label>
            <select id={`inv-dept-${wave.id}`} value={department} onChange={(e) => setDepartment(e.target.value)}>
              <option value="">(not assigned)</option>
              <NameOptions items={departments} />
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
            <input
              id={`inv-count-${wave.id}`}
              type="number"
              min={1}
              max={5000}
              value={count}
              onChange={(e) => setCount(Number(e.target.value))}
            />
          </div>
          <button className="button secondary" type="submit" disabled={invite.pending}>
            Create links (CSV)
          </button>
        </form>
      )}
      {wave.status === "open" && (
        <div className="field" style={{ marginTop: "0.75rem" }}>
          <label htmlFor={`import-${wave.id}`}>
            Import responses gathered elsewhere (CSV: department,role,level,&lt;statement key&gt;…)
          </label>
          <input
            id={`import-${wave.id}`}
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = "";
              // A refused file still refreshes the page, as before.
              if (file) importResponses.run(file, { onError: () => router.refresh() });
            }}
          />
          {importResponses.result && (
            <div className="alert success" role="status">
              Imported {importResponses.result.imported} responses.
            </div>
          )}
          {importResponses.error && (
            <div className="alert error" role="alert">
              {importResponses.error.detailOr("The file was refused.")}
              {importErrors && (
                <ul>
                  {importErrors.map((er, i) => (
                    <li key={i}>
                      line {er.line}
                      {er.column ? ` (${er.column})` : ""}: {er.message}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </div>
      )}
      {links.length > 0 && (
        <div className="field" style={{ marginTop: "0.75rem" }}>
          <label htmlFor={`links-${wave.id}`}>
            {countOf(links.length, "single-use link")} (also downloaded as {invitationFileName(wave.name)}; shown this
            once)
          </label>
          <textarea id={`links-${wave.id}`} readOnly rows={Math.min(6, links.length)} value={links.join("\n")} />
        </div>
      )}
      {dialog}
    </div>
  );
}
