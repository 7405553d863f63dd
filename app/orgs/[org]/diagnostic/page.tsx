import type { Metadata } from "next";
import Link from "next/link";
import { CreateWaveForm, WaveActions } from "@/components/diagnostic/wave-controls";
import { can } from "@/lib/auth/permissions";
import { listWaves } from "@/lib/diagnostic/waves/list-waves";
import { requireOrgPage } from "@/lib/http/page-access";
import { listDepartmentsForAssignment } from "@/lib/members/list-members";

export const metadata: Metadata = { title: "Diagnostic" };

export default async function DiagnosticPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const access = await requireOrgPage(org, "organisation:read", `/orgs/${org}/diagnostic`);
  const [waves, departments] = await Promise.all([listWaves(access), listDepartmentsForAssignment(access)]);
  const manage = can(access.membership.role, "diagnostic:manage");
  const readResults = can(access.membership.role, "results:read-own-departments");
  return (
    <>
      <div className="page-header">
        <div>
          <h1>The 3P diagnostic</h1>
          <p>Practical, Personal, Possible: ask employees, anonymously, whether they know what great looks like, see customers as people, and can actually deliver.</p>
        </div>
      </div>
      {waves.length === 0 && <p className="card muted">No waves yet.</p>}
      {waves.map((wave) => (
        <section key={wave.id} className="card" aria-labelledby={`wave-${wave.id}`} data-testid="wave">
          <div className="finding-head">
            <h2 id={`wave-${wave.id}`} style={{ margin: 0 }}>{wave.name}</h2>
            <span className={`status ${wave.status === "open" ? "approved" : wave.status === "closed" ? "retired" : ""}`}>{wave.status}</span>
          </div>
          <p className="muted">{wave.responses} response{wave.responses === 1 ? "" : "s"} · {wave.invited} invitation link{wave.invited === 1 ? "" : "s"} · k = {wave.k}</p>
          {readResults && <Link className="button secondary small" href={`/orgs/${org}/diagnostic/${wave.id}`}>Results</Link>}
          {manage && <WaveActions org={org} wave={wave} departments={departments.map((d) => ({ key: d.key, name: d.name }))} />}
        </section>
      ))}
      {manage && (
        <section className="card">
          <CreateWaveForm org={org} />
        </section>
      )}
    </>
  );
}
