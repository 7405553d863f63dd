/** The organisation's instruments, the latest version of each lineage, with its older versions. */
import { assertCan, type OrgAccess } from "@/lib/access/org-access";

export type InstrumentSummary = {
  id: string;
  lineageId: string;
  name: string;
  version: number;
  statements: number;
  /** Used by a wave that has opened: saving makes a new version. */
  frozen: boolean;
  waves: string[];
  /** Older versions of the same lineage, newest first. */
  olderVersions: { id: string; version: number; waves: string[] }[];
};

/** The latest version of every lineage, with the waves that use each version. */
export async function listInstruments(access: OrgAccess): Promise<InstrumentSummary[]> {
  assertCan(access, "diagnostic:manage");
  const instruments = await access.db.instrument.findMany({
    where: { organisationId: access.organisation.id },
    orderBy: [{ createdAt: "asc" }, { version: "desc" }],
    include: { _count: { select: { items: true } }, waves: { select: { name: true, status: true } } },
  });
  const byLineage = new Map<string, typeof instruments>();
  for (const instrument of instruments)
    byLineage.set(instrument.lineageId, [...(byLineage.get(instrument.lineageId) ?? []), instrument]);
  return [...byLineage.values()].map((versions) => {
    const [latest, ...older] = [...versions].sort((a, b) => b.version - a.version);
    return {
      id: latest!.id,
      lineageId: latest!.lineageId,
      name: latest!.name,
      version: latest!.version,
      statements: latest!._count.items,
      frozen: latest!.waves.some((w) => w.status !== "draft"),
      waves: latest!.waves.map((w) => w.name),
      olderVersions: older.map((v) => ({ id: v.id, version: v.version, waves: v.waves.map((w) => w.name) })),
    };
  });
}
