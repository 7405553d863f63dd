/** The organisation's instrument by id with its statements and waves, or 404. */
import { NotFoundError } from "@/lib/errors";
import { type OrgAccess } from "@/lib/access/org-access";

export async function instrumentOf(access: OrgAccess, instrumentId: string) {
  const instrument = await access.db.instrument.findFirst({
    where: { id: instrumentId, organisationId: access.organisation.id },
    include: { items: { orderBy: { position: "asc" } }, waves: { select: { name: true, status: true } } },
  });
  if (!instrument) throw new NotFoundError("Instrument");
  return instrument;
}
