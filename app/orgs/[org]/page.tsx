import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { MEMBER_ROLES, ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/auth/roles";
import { requireOrgPage } from "@/lib/http/page-access";
import { getOrganisationOverview } from "@/lib/organisations/get-organisation-overview";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const access = await requireOrgPage(org, "organisation:read", `/orgs/${org}`);
  const overview = await getOrganisationOverview(access);
  const role = access.membership.role;
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{overview.name}</h1>
          <p>
            You are <strong>{ROLE_LABELS[role]}</strong> here: {ROLE_DESCRIPTIONS[role].toLowerCase()}
          </p>
        </div>
      </div>
      <section className="grid" aria-label="Members by role">
        {MEMBER_ROLES.map((memberRole) => (
          <div className="card" key={memberRole}>
            <div className="stat">{overview.membersByRole[memberRole]}</div>
            <div className="stat-label">{ROLE_LABELS[memberRole]}{overview.membersByRole[memberRole] === 1 ? "" : "s"}</div>
          </div>
        ))}
      </section>
      <section className="card" aria-labelledby="departments-heading">
        <h2 id="departments-heading">Departments</h2>
        {overview.departments.length === 0 ? (
          <p className="muted">No departments yet.</p>
        ) : (
          <ul>
            {overview.departments.map((department) => (
              <li key={department.key}>
                {department.name}
                {department.parentKey && <span className="muted"> (in {overview.departments.find((d) => d.key === department.parentKey)?.name})</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      {can(role, "members:manage") && (
        <section className="card">
          <h2>Next steps</h2>
          <p>Invite the executives and department heads who will define what great looks like.</p>
          <Link className="button secondary" href={`/orgs/${org}/members`}>Manage members</Link>
        </section>
      )}
    </>
  );
}
