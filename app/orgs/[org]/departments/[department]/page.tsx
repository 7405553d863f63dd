import type { Metadata } from "next";
import Link from "next/link";
import { DashboardHeader } from "@/components/dashboard/dashboard-header";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { describeScope } from "@/lib/dashboard/describe-scope";
import { orgPage } from "@/lib/access/page-gates";

export const metadata: Metadata = { title: "Department dashboard" };

/** A department's dashboard: the organisation's, scoped to it and its sub-departments. */
export default orgPage<{ department: string }>("organisation:read", async (access, { org, department }) => {
  const scope = { kind: "department" as const, key: department };
  const heading = await describeScope(access, scope);
  return (
    <>
      <DashboardHeader org={org} heading={heading}>
        <div className="row-actions">
          <Link className="button secondary small" href={`/orgs/${org}/model?department=${department}`}>
            Behaviours to edit
          </Link>
          <Link className="button secondary small" href={`/orgs/${org}/findings?department=${department}`}>
            Findings to act on
          </Link>
        </div>
      </DashboardHeader>
      <DashboardView access={access} org={org} scope={scope} />
    </>
  );
});
