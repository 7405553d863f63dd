import type { Metadata } from "next";
import Link from "next/link";
import { DashboardHeader } from "@/components/dashboard/dashboard-header";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { ReportDownload } from "@/components/dashboard/report-download";
import { SetupChecklist } from "@/components/dashboard/setup-checklist";
import { describeScope } from "@/lib/dashboard/describe-scope";
import { memberDepartments } from "@/lib/dashboard/list-member-departments";
import type { DashboardScope } from "@/lib/dashboard/rules/dashboard-scope";
import { orgPage } from "@/lib/access/page-gates";
import { can } from "@/lib/access/permissions";
import { listReportWaves } from "@/lib/reports/list-report-waves";
import { getSetupProgress } from "@/lib/setup/get-setup-progress";

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
  const [heading, reportWaves, setup] = await Promise.all([
    describeScope(access, scope),
    can(access.membership.role, "results:read") ? listReportWaves(access) : null,
    getSetupProgress(access),
  ]);
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
          {reportWaves && <ReportDownload org={org} waves={reportWaves} />}
        </div>
      </DashboardHeader>
      <SetupChecklist org={org} steps={setup} />
      <DashboardView access={access} org={org} scope={scope} />
    </>
  );
});
