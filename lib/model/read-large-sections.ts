/**
 * The two largest sections of an organisation's model, each read with one query that joins the keys in SQL:
 * a 1× model has 20,000 behaviours and 100,000 influences, and Prisma's relation includes took about 1.2 s
 * for the influences alone where this takes about 0.2 s (and, on a busy server, ran into the statement timeout
 * when the analysis read a large model cold).
 */
import type { DbTx } from "@/lib/db/types";
import type { Behaviour, Influence, Kpi } from "./model-schema";

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

type KpiRow = {
  key: string;
  name: string;
  definition: string | null;
  unit: string | null;
  direction: Kpi["direction"];
  department: string;
  payLinked: boolean;
  horizon: Kpi["horizon"];
  category: Kpi["category"];
  /** Keys of the roles it measures and of its counters, or null for none. */
  measuredRoles: string[] | null;
  counters: string[] | null;
};

/**
 * KPIs by key with their department's, measured roles' and counters' keys: 5,000 at 1×, where Prisma's three
 * relation includes took 0.3–0.9 s.
 */
export function readKpis(db: DbTx, organisationId: string): Promise<KpiRow[]> {
  return db.$queryRaw<KpiRow[]>`
    SELECT k."key", k."name", k."definition", k."unit", k."direction"::text AS "direction", d."key" AS "department",
           k."payLinked", k."horizon"::text AS "horizon", k."category"::text AS "category",
           (SELECT array_agg(r."key") FROM "KpiMeasuredRole" m JOIN "Role" r ON r."id" = m."roleId"
             WHERE m."kpiId" = k."id") AS "measuredRoles",
           (SELECT array_agg(c."key") FROM "KpiCounter" kc JOIN "Kpi" c ON c."id" = kc."counterId"
             WHERE kc."kpiId" = k."id") AS "counters"
    FROM "Kpi" k
    JOIN "Department" d ON d."id" = k."departmentId"
    WHERE k."organisationId" = ${organisationId}
    ORDER BY k."key" ASC`;
}

type KpiLinkRow = { from: string; to: string; effect: "reinforces" | "trades_off" };

/** KPI links by their two KPIs' keys (5,000 at 1×). */
export function readKpiLinks(db: DbTx, organisationId: string): Promise<KpiLinkRow[]> {
  return db.$queryRaw<KpiLinkRow[]>`
    SELECT f."key" AS "from", t."key" AS "to", l."effect"::text AS "effect"
    FROM "KpiLink" l
    JOIN "Kpi" f ON f."id" = l."fromId"
    JOIN "Kpi" t ON t."id" = l."toId"
    WHERE l."organisationId" = ${organisationId}`;
}
