import type { DbTx } from "@/lib/db/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";

export type AuditEntry = {
  action: string;
  subjectType: string;
  subjectId: string;
  summary: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

/** Writes one audit event; call it inside the transaction that makes the change, so both land or neither. */
export async function recordAuditEvent(
  tx: DbTx,
  organisationId: string,
  actor: Actor,
  entry: AuditEntry,
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      organisationId,
      actorId: actor.id,
      actorEmail: actor.email,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      summary: entry.summary,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
    },
  });
}
