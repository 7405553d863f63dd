/** The organisation's workshop by id, or 404. */
import { NotFoundError } from "@/lib/errors";
import { type OrgAccess } from "@/lib/access/org-access";

export async function workshopOf(access: OrgAccess, workshopId: string) {
  const workshop = await access.db.workshop.findFirst({
    where: { id: workshopId, organisationId: access.organisation.id },
  });
  if (!workshop) throw new NotFoundError("Workshop");
  return workshop;
}
