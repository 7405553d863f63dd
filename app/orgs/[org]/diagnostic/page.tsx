import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { CreateWaveForm, WaveActions } from "@/components/diagnostic/wave-controls";
import { can } from "@/lib/access/permissions";
import { listInstruments } from "@/lib/diagnostic/instruments/list-instruments";
import { listAudienceChoices } from "@/lib/diagnostic/waves/list-audience-choices";
import { listWaves, type WaveSummary } from "@/lib/diagnostic/waves/list-waves";
import { orgPage } from "@/lib/access/page-gates";
import { listDepartmentsForAssignment } from "@/lib/members/list-assignable-departments";
import { getWorkEmailDomains } from "@/lib/organisations/get-work-email-domains";
import { count } from "@/lib/text/plural";
import { KIOSK_COOKIE, readKioskPass } from "@/lib/diagnostic/kiosk/kiosk-pass";

export const metadata: Metadata = { title: "Diagnostic" };

const PHASE_STYLE: Record<WaveSummary["phase"], string> = {
  draft: "",
  scheduled: "proposed",
  open: "approved",
  closed: "retired",
};
const day = (iso: string) =>
  new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

function describeTiming(wave: WaveSummary): string {
  const opens = wave.opensAt
    ? `${wave.phase === "draft" || wave.phase === "scheduled" ? "opens" : "opened"} ${day(wave.opensAt)}`
    : "opens when you open it";
  // closesAt is the first moment links stop working: the day before it is the last day to answer.
  const lastDay = wave.closesAt ? new Date(new Date(wave.closesAt).getTime() - 1).toISOString() : null;
  const closes = lastDay
    ? `${wave.phase === "closed" ? "closed after" : "closes after"} ${day(lastDay)}`
    : "closes when you close it";
  return `${opens}, ${closes}`;
}

function describeAudience(wave: WaveSummary, departmentName: Map<string, string>): string {
  if (!wave.audience.departments.length && !wave.audience.roles.length) return "everyone";
  const departments = wave.audience.departments.map((key) => departmentName.get(key) ?? key).join(", ");
  const roles = wave.audience.roles.length ? count(wave.audience.roles.length, "role") : "";
  return [departments, roles].filter(Boolean).join("; ");
}

export default orgPage("organisation:read", async (access, { org }) => {
  const manage = can(access.membership.role, "diagnostic:manage");
  const [waves, departments, instruments, audience, workEmailDomains] = await Promise.all([
    listWaves(access),
    listDepartmentsForAssignment(access),
    manage ? listInstruments(access) : Promise.resolve([]),
    manage ? listAudienceChoices(access) : Promise.resolve({ departments: [], roles: [] }),
    getWorkEmailDomains(access),
  ]);
  const departmentName = new Map(departments.map((d) => [d.key, d.name]));
  const readResults = can(access.membership.role, "results:read");
  // A manager signed in again on a kiosk tablet sees which wave it serves, to end it.
  const kioskWave = manage ? readKioskPass((await cookies()).get(KIOSK_COOKIE)?.value)?.waveId : undefined;
  return (
    <>
      <div className="page-header">
        <div>
          <h1>The 3P diagnostic</h1>
          <p>
            Practical, Personal, Possible: ask employees, anonymously, whether they know what great looks like, see
            customers as people, and can actually deliver.
          </p>
        </div>
        {manage && (
          <Link className="button secondary small" href={`/orgs/${org}/diagnostic/instruments`}>
            Instruments
          </Link>
        )}
      </div>
      {waves.length === 0 && <p className="card muted">No waves yet.</p>}
      {waves.map((wave) => (
        <section key={wave.id} className="card" aria-labelledby={`wave-${wave.id}`} data-testid="wave">
          <div className="finding-head">
            <h2 id={`wave-${wave.id}`} style={{ margin: 0 }}>
              {wave.name}
            </h2>
            <span className={`status ${PHASE_STYLE[wave.phase]}`} data-testid="wave-phase">
              {wave.phase}
            </span>
          </div>
          <p className="muted">
            {wave.responses} response{wave.responses === 1 ? "" : "s"} · {wave.invited} invitation link
            {wave.invited === 1 ? "" : "s"} · k = {wave.k} · {wave.instrument.name} v{wave.instrument.version}
          </p>
          <p className="muted">
            {describeTiming(wave)} · Audience: {describeAudience(wave, departmentName)} · Results{" "}
            {wave.resultsRelease === "snapshots" ? "in published snapshots" : "when it closes"}
          </p>
          {wave.sharedLinkMode === "open" && wave.phase !== "draft" && (
            <p className="alert warning" role="note" data-testid="open-link-warning">
              This wave&apos;s shared link is open: anyone with it can answer — from a poster, a kiosk or a forwarded
              link — once per browser, but as often as they like from different browsers or at a kiosk. Its answers are
              safe from what members can see, but not from someone who sends many answers to make a small group visible
              and then subtracts their own. Prefer single-use invitations or a verified shared link where groups are
              small.
            </p>
          )}
          {manage && wave.sharedLinkMode === "verified" && wave.phase !== "closed" && workEmailDomains.length === 0 && (
            <p className="hint" role="note">
              The shared link accepts any email address: name your organisation&apos;s email domains in{" "}
              <Link href={`/orgs/${org}/settings`}>Settings</Link> so that only its people can ask for a link.
            </p>
          )}
          {readResults && (
            <Link className="button secondary small" href={`/orgs/${org}/diagnostic/${wave.id}`}>
              Results
            </Link>
          )}
          {manage && (
            <Link className="button secondary small" href={`/orgs/${org}/diagnostic/${wave.id}/people`}>
              People and invitations
            </Link>
          )}
          {manage && (
            <WaveActions
              org={org}
              wave={wave}
              departments={departments.map((d) => ({ key: d.key, name: d.name }))}
              kioskHere={kioskWave === wave.id}
            />
          )}
        </section>
      ))}
      {manage && (
        <section className="card">
          <CreateWaveForm
            org={org}
            instruments={instruments.map((i) => ({ id: i.id, name: i.name, version: i.version }))}
            audience={audience}
          />
        </section>
      )}
    </>
  );
});
