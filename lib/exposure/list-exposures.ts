/** The organisation's recorded customer exposure, newest first. */
import { assertCan, type OrgAccess } from "@/lib/access/org-access";

export type ExposureView = {
  id: string;
  role: { key: string; name: string };
  kind: "shift" | "listening" | "meeting";
  date: string;
  people: number | null;
};

export async function listExposures(access: OrgAccess, take = 100): Promise<ExposureView[]> {
  assertCan(access, "organisation:read");
  const rows = await access.db.exposure.findMany({
    where: { organisationId: access.organisation.id },
    orderBy: [{ date: "desc" }],
    take,
    include: { role: { select: { key: true, name: true } } },
  });
  return rows.map((e) => ({
    id: e.id,
    role: e.role,
    kind: e.kind,
    date: e.date.toISOString().slice(0, 10),
    people: e.people,
  }));
}
