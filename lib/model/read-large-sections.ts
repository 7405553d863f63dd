/**
 * The largest sections of an organisation's model, each read with one query that joins the keys in SQL:
 * a 1× model has 2,000 roles, 20,000 behaviours and 100,000 influences, and Prisma's relation includes took
 * about 1.2 s for the influences alone where this takes about 0.2 s (and, on a busy server, ran into the
 * statement timeout when the analysis read a large model cold).
 */
import type { DbTx } from "@/lib/db/types";
import type { Behaviour, Influence, Kpi, Role } from "./model-schema";

/** An influence as the query sends it: source id, behaviour key, effect, strength, why. */
type InfluenceTuple = [string, string, Influence["effect"], number, string | null];

/** The model file's order: by behaviour key, then source id (keys are ASCII, so "C" collation is JavaScript's `<`). */
const byBehaviourThenSource = (a: Influence, b: Influence) =>
  a.to < b.to ? -1 : a.to > b.to ? 1 : a.from < b.from ? -1 : a.from > b.from ? 1 : 0;

/**
 * Influences as the model file writes them: "kpi:<key>" (process, system) → behaviour key, in its order. The
 * rows come as one JSON array, already sorted: 100,000 rows through the driver one by one took three times as
 * long, and sorting them here as long again. The sort here stays, as a check that costs one pass on sorted input.
 */
export async function readInfluences(db: DbTx, organisationId: string): Promise<Influence[]> {
  const [row] = await db.$queryRaw<{ influences: string }[]>`
    SELECT COALESCE(json_agg(json_build_array(i."from", i."to", i."effect", i."strength", i."why")
                    ORDER BY i."to" COLLATE "C", i."from" COLLATE "C"), '[]')::text AS "influences"
    FROM (
      SELECT COALESCE('kpi:' || k."key", 'process:' || p."key", 'system:' || s."key") AS "from",
             b."key" AS "to", i."effect", i."strength", i."why"
      FROM "Influence" i
      JOIN "Behaviour" b ON b."id" = i."behaviourId"
      LEFT JOIN "Kpi" k ON k."id" = i."kpiId"
      LEFT JOIN "Process" p ON p."id" = i."processId"
      LEFT JOIN "System" s ON s."id" = i."systemId"
      WHERE i."organisationId" = ${organisationId}
    ) i`;
  const tuples = JSON.parse(row?.influences ?? "[]") as InfluenceTuple[];
  return tuples
    .map(([from, to, effect, strength, why]): Influence => ({ from, to, effect, strength, ...(why ? { why } : {}) }))
    .sort(byBehaviourThenSource);
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
           served."objectives"
    FROM "Behaviour" b
    JOIN "Role" r ON r."id" = b."roleId"
    JOIN "Stage" s ON s."id" = b."stageId"
    LEFT JOIN (
      SELECT bo."behaviourId", array_agg(o."key") AS "objectives"
      FROM "BehaviourObjective" bo
      JOIN "Objective" o ON o."id" = bo."objectiveId"
      JOIN "Behaviour" ob ON ob."id" = bo."behaviourId" AND ob."organisationId" = ${organisationId}
      GROUP BY bo."behaviourId"
    ) served ON served."behaviourId" = b."id"
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
 * relation includes took 0.3–0.9 s. The keys are gathered per KPI in one grouped join each (a subquery per KPI
 * took 0.15 s of index probes).
 */
export function readKpis(db: DbTx, organisationId: string): Promise<KpiRow[]> {
  return db.$queryRaw<KpiRow[]>`
    SELECT k."key", k."name", k."definition", k."unit", k."direction"::text AS "direction", d."key" AS "department",
           k."payLinked", k."horizon"::text AS "horizon", k."category"::text AS "category",
           measured."roles" AS "measuredRoles", countered."counters"
    FROM "Kpi" k
    JOIN "Department" d ON d."id" = k."departmentId"
    LEFT JOIN (
      SELECT m."kpiId", array_agg(r."key") AS "roles"
      FROM "KpiMeasuredRole" m
      JOIN "Role" r ON r."id" = m."roleId"
      JOIN "Kpi" mk ON mk."id" = m."kpiId" AND mk."organisationId" = ${organisationId}
      GROUP BY m."kpiId"
    ) measured ON measured."kpiId" = k."id"
    LEFT JOIN (
      SELECT kc."kpiId", array_agg(c."key") AS "counters"
      FROM "KpiCounter" kc
      JOIN "Kpi" c ON c."id" = kc."counterId"
      JOIN "Kpi" ck ON ck."id" = kc."kpiId" AND ck."organisationId" = ${organisationId}
      GROUP BY kc."kpiId"
    ) countered ON countered."kpiId" = k."id"
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

type RoleRow = Omit<Role, "headcount"> & {
  headcount: number | null;
  /** The keys of the stages it takes part in, in the stages' order, or null for none. */
  stages: string[] | null;
};

/** Roles by key with their department's key and their touchpoints' stages (2,000 roles at 1×). */
export function readRoles(db: DbTx, organisationId: string): Promise<RoleRow[]> {
  return db.$queryRaw<RoleRow[]>`
    SELECT r."key", r."name", d."key" AS "department", r."customerFacing", r."headcount",
           (SELECT array_agg(s."key" ORDER BY s."position", s."key") FROM "Touchpoint" t
             JOIN "Stage" s ON s."id" = t."stageId" WHERE t."roleId" = r."id") AS "stages"
    FROM "Role" r
    JOIN "Department" d ON d."id" = r."departmentId"
    WHERE r."organisationId" = ${organisationId}
    ORDER BY r."key" ASC`;
}
