/**
 * The influences of an organisation's model, as the model file writes them ("kpi:<key>" → behaviour key).
 * One query with the keys joined in SQL: a 1× model has 100,000 of them, and Prisma's relation includes
 * took about 1.2 s to read them where this takes about 0.2 s.
 */
import type { DbTx } from "@/lib/db/types";
import type { Influence } from "./model-schema";

type Row = { from: string; to: string; effect: Influence["effect"]; strength: number; why: string | null };

export function readInfluences(db: DbTx, organisationId: string): Promise<Row[]> {
  return db.$queryRaw<Row[]>`
    SELECT COALESCE('kpi:' || k."key", 'process:' || p."key", 'system:' || s."key") AS "from",
           b."key" AS "to", i."effect"::text AS "effect", i."strength", i."why"
    FROM "Influence" i
    JOIN "Behaviour" b ON b."id" = i."behaviourId"
    LEFT JOIN "Kpi" k ON k."id" = i."kpiId"
    LEFT JOIN "Process" p ON p."id" = i."processId"
    LEFT JOIN "System" s ON s."id" = i."systemId"
    WHERE i."organisationId" = ${organisationId}`;
}
