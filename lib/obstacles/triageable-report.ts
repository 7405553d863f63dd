/** A report of the organisation that the member may triage: 404 if not the organisation's, 403 outside their reach. */
import { storedDepartments } from "@/lib/access/department-scope";
import type { OrgAccess } from "@/lib/access/org-access";
import type { DbTx } from "@/lib/db/types";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { mayTriage } from "./rules/triage-reach";

export async function triageableReport(tx: DbTx, access: OrgAccess, reportId: string) {
  const report = await tx.obstacleReport.findFirst({ where: { id: reportId, organisationId: access.organisation.id } });
  if (!report) throw new NotFoundError("Obstacle report");
  const { tree } = await storedDepartments(tx, access.organisation.id);
  if (!mayTriage(access.membership, report.departmentId, tree))
    throw new ForbiddenError("You can triage the obstacle reports of your own departments only.");
  return report;
}
