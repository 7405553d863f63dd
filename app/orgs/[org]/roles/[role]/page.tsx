import type { Metadata } from "next";
import Link from "next/link";
import { DashboardHeader } from "@/components/dashboard/dashboard-header";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { describeScope } from "@/lib/dashboard/describe-scope";
import { orgPage } from "@/lib/access/page-gates";

export const metadata: Metadata = { title: "Role dashboard" };

/** A role's dashboard: its behaviours by stage, what works against them, its people's answers. */
export default orgPage<{ role: string }>("organisation:read", async (access, { org, role }) => {
  const scope = { kind: "role" as const, key: role };
  const heading = await describeScope(access, scope);
  return (
    <>
      <DashboardHeader org={org} heading={heading}>
        <Link className="button secondary small" href={`/orgs/${org}/findings?role=${role}`}>
          Findings for this role
        </Link>
      </DashboardHeader>
      <DashboardView access={access} org={org} scope={scope} />
    </>
  );
});
