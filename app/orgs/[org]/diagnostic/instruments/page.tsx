import type { Metadata } from "next";
import Link from "next/link";
import { CopyInstrumentForm, ImportInstrumentInput } from "@/components/diagnostic/instrument-list-actions";
import { listInstruments } from "@/lib/diagnostic/instruments/list-instruments";
import { orgPage } from "@/lib/access/page-gates";

export const metadata: Metadata = { title: "Instruments" };

export default orgPage("diagnostic:manage", async (access, { org }) => {
  const instruments = await listInstruments(access);
  return (
    <>
      <p>
        <Link href={`/orgs/${org}/diagnostic`}>← Diagnostic</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>Instruments</h1>
          <p>
            The statements a wave asks. Copy the default and adapt it to the client; once a wave using a version has
            opened, that version is frozen and saving makes the next one.
          </p>
        </div>
      </div>
      {instruments.length === 0 && (
        <p className="card muted">
          No instruments yet: the default 3P instrument is added when you create the first wave.
        </p>
      )}
      {instruments.map((instrument) => (
        <section
          key={instrument.id}
          className="card"
          aria-labelledby={`instrument-${instrument.id}`}
          data-testid="instrument"
        >
          <div className="finding-head">
            <h2 id={`instrument-${instrument.id}`} style={{ margin: 0 }}>
              {instrument.name}
            </h2>
            <span className="status">version {instrument.version}</span>
            {instrument.frozen && <span className="status proposed">frozen</span>}
          </div>
          <p className="muted">
            {instrument.statements} statements ·{" "}
            {instrument.waves.length ? `used by ${instrument.waves.join(", ")}` : "not used by a wave yet"}
            {instrument.frozen ? " · editing saves a new version" : ""}
          </p>
          <div className="row-actions">
            <Link className="button small" href={`/orgs/${org}/diagnostic/instruments/${instrument.id}`}>
              Edit
            </Link>
            <a className="button secondary small" href={`/api/orgs/${org}/instruments/${instrument.id}`} download>
              Download JSON
            </a>
          </div>
          <details style={{ marginTop: "0.75rem" }}>
            <summary>Copy as a new instrument</summary>
            <CopyInstrumentForm org={org} instrument={instrument} />
          </details>
          {instrument.olderVersions.length > 0 && (
            <details style={{ marginTop: "0.5rem" }}>
              <summary>Earlier versions ({instrument.olderVersions.length})</summary>
              <ul>
                {instrument.olderVersions.map((version) => (
                  <li key={version.id}>
                    Version {version.version}
                    {version.waves.length ? ` — used by ${version.waves.join(", ")}` : ""} ·{" "}
                    <a href={`/api/orgs/${org}/instruments/${version.id}`} download>
                      download
                    </a>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </section>
      ))}
      <section className="card">
        <ImportInstrumentInput org={org} />
      </section>
    </>
  );
});
