/**
 * The two largest sections of an organisation's model, each read with one query that joins the keys in SQL:
 * a 1× model has 20,000 behaviours and 100,000 influences, and Prisma's relation includes took about 1.2 s
 * for the influences alone where this takes about 0.2 s (and, on a busy server, ran into the statement timeout
 * when the analysis read a large model cold).
 */
import type { DbTx } from "@/lib/db/types";
import type { Behaviour, Influence } from "./model-schema";

type InfluenceRow = { from: string; to: string; effect: Influence["effect"]; strength: number; why: string | null };

/** Influences as the model file writes them: "kpi:<key>" (process, system) → behaviour key. */
export function readInfluences(db: DbTx, organisationId: string): Promise<InfluenceRow[]> {
  return db.$queryRaw<InfluenceRow[]>`
    SELECT COALESCE('kpi:' || k."key", 'process:' || p."key", 'system:' || s."key") AS "from",
           b."key" AS "to", i."effect"::text AS "effect", i."strength", i."why"
    FROM "Influence" i
    JOIN "Behaviour" b ON b."id" = i."behaviourId"
    LEFT JOIN "Kpi" k ON k."id" = i."kpiId"
    LEFT JOIN "Process" p ON p."id" = i."processId"
    LEFT JOIN "System" s ON s."id" = i."systemId"
    WHERE i."organisationId" = ${organisationId}`;
}

type BehaviourRow = {
  key: string;
  role: string;
  stage: string;
  action: string;
  why: string | null;
  evidence: string | null;
  status: Behaviour["status"];
  /** The keys of the objectives it serves, or null for none. */
  objectives: string[] | null;
};

/** Behaviours by key (the order Prisma's `orderBy: { key: "asc" }` gives), with their role's, stage's and objectives' keys. */
export function readBehaviours(db: DbTx, organisationId: string): Promise<BehaviourRow[]> {
  return db.$queryRaw<BehaviourRow[]>`
    SELECT b."key", r."key" AS "role", s."key" AS "stage", b."action", b."why", b."evidence",
           b."status"::text AS "status",
           (SELECT array_agg(o."key") FROM "BehaviourObjective" bo JOIN "Objective" o ON o."id" = bo."objectiveId"
             WHERE bo."behaviourId" = b."id") AS "objectives"
    FROM "Behaviour" b
    JOIN "Role" r ON r."id" = b."roleId"
    JOIN "Stage" s ON s."id" = b."stageId"
    WHERE b."organisationId" = ${organisationId}
    ORDER BY b."key" ASC`;
}
