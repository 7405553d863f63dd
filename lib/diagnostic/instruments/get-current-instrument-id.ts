/** The instrument a new wave uses when none is chosen. */
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { addInstrument } from "./add-instrument";

/** The instrument new waves use by default: the latest version of the newest lineage, adding the default the first time. */
export async function currentInstrumentId(access: OrgAccess): Promise<string> {
  assertCan(access, "diagnostic:manage");
  const latest = await access.db.instrument.findFirst({
    where: { organisationId: access.organisation.id },
    orderBy: [{ createdAt: "desc" }],
    select: { id: true },
  });
  return latest?.id ?? (await addInstrument(access)).id;
}
