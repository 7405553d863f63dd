import type { DbTx } from "@/lib/db/types";
import { NotFoundError } from "@/lib/errors";

/** A membership of this organisation, with its user and departments; another organisation's id is "not found". */
export async function findMemberOrThrow(tx: DbTx, organisationId: string, membershipId: string) {
  const membership = await tx.membership.findFirst({
    where: { id: membershipId, organisationId },
    include: { user: true, departments: { include: { department: true } } },
  });
  if (!membership) throw new NotFoundError("Member");
  return membership;
}
