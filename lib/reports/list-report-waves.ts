/** The waves a report can be drawn for: closed ones (an open wave's answers are partial), newest first. */
import { assertCan, type OrgAccess } from "@/lib/access/org-access";

export async function listReportWaves(access: OrgAccess): Promise<{ id: string; name: string }[]> {
  assertCan(access, "results:read");
  return access.db.wave.findMany({
    where: { organisationId: access.organisation.id, status: "closed" },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true },
  });
}
