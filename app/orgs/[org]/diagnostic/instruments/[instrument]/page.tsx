import type { Metadata } from "next";
import Link from "next/link";
import { InstrumentEditor } from "@/components/diagnostic/instrument-editor";
import { getInstrument } from "@/lib/diagnostic/instruments/get-instrument";
import { getLexicon } from "@/lib/language/get-lexicon";
import { orgPage } from "@/lib/access/page-gates";

export const metadata: Metadata = { title: "Edit instrument" };

export default orgPage<{ instrument: string }>(
  "diagnostic:manage",
  async (access, { org, instrument: instrumentId }, query) => {
    const { saved } = query;
    const [instrument, lexicon] = await Promise.all([getInstrument(access, instrumentId), getLexicon(access)]);
    return (
      <>
        <p>
          <Link href={`/orgs/${org}/diagnostic/instruments`}>← Instruments</Link>
        </p>
        <div className="page-header">
          <div>
            <h1>
              {instrument.document.name} <span className="muted">· version {instrument.version}</span>
            </h1>
            <p>
              Write statements plainly, for employees of any department. Each is answered from “strongly disagree” to
              “strongly agree”, and “don’t know” is always offered.
            </p>
          </div>
          <a className="button secondary small" href={`/api/orgs/${org}/instruments/${instrumentId}`} download>
            Download JSON
          </a>
        </div>
        {saved && (
          <div className="alert success" role="status">
            Saved as version {saved}. The earlier version stays as it was for the waves that used it.
          </div>
        )}
        <section className="card">
          <InstrumentEditor
            key={instrumentId}
            org={org}
            instrumentId={instrumentId}
            initial={instrument.document}
            version={instrument.version}
            frozen={instrument.frozen}
            lexicon={lexicon}
          />
        </section>
      </>
    );
  },
);
