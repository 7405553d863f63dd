import type { Metadata } from "next";
import Link from "next/link";
import { DashboardHeader } from "@/components/dashboard/dashboard-header";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { describeScope } from "@/lib/dashboard/describe-scope";
import { memberDepartments } from "@/lib/dashboard/list-member-departments";
import type { DashboardScope } from "@/lib/dashboard/rules/dashboard-scope";
import { orgPage } from "@/lib/access/page-gates";

export const metadata: Metadata = { title: "Dashboard" };

/**
 * The organisation's dashboard (DESIGN §5). A department head sees their department's first — what
 * they can act on — with the way to the others they lead and to the whole organisation.
 */
export default orgPage("organisation:read", async (access, { org }, query) => {
  const { view } = query;
  const departments = access.membership.role === "department_head" ? await memberDepartments(access) : [];
  const scope: DashboardScope =
    departments.length > 0 && view !== "organisation"
      ? { kind: "department", key: departments[0]!.key }
      : { kind: "organisation" };
  const heading = await describeScope(access, scope);
  return (
    <>
      <DashboardHeader org={org} heading={heading}>
        <div className="row-actions">
          {departments.length > 0 && scope.kind === "department" && (
            <Link className="button secondary small" href={`/orgs/${org}?view=organisation`}>
              Whole organisation
            </Link>
          )}
          {departments.slice(1).map((d) => (
            <Link key={d.key} className="button secondary small" href={`/orgs/${org}/departments/${d.key}`}>
              {d.name}
            </Link>
          ))}
          <Link className="button secondary small" href={`/orgs/${org}/room`}>
            Customer room
          </Link>
          <a className="button secondary small" href={`/api/orgs/${org}/report`} download>
            Report (PDF)
          </a>
        </div>
      </DashboardHeader>
      <DashboardView access={access} org={org} scope={scope} />
    </>
  );
});
