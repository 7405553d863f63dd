import type { DbTx } from "@/lib/db/types";
import { ConflictError } from "@/lib/errors";

/** An organisation always keeps at least one owner, or nobody could manage it any more. */
export async function assertAnotherOwnerRemains(
  tx: DbTx,
  organisationId: string,
  leavingMembershipId: string,
): Promise<void> {
  const owners = await tx.membership.count({
    where: { organisationId, role: "owner", id: { not: leavingMembershipId } },
  });
  if (owners === 0)
    throw new ConflictError("An organisation needs at least one owner. Make someone else owner first.", "role");
}
