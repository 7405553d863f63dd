/**
 * The obstacles page: the member's own named reports with their answers, and — for those who triage — the
 * reports in their reach (owners: all; heads: their departments'), with the departments the triage forms
 * offer. What an obstructs influence names (processes, systems, KPIs, behaviours) the form searches
 * (`search-triage-choices.ts`): a large model has too many to send. Anonymous reports still in the ballot box
 * are not counted: a count that rises as each comes in would tell whoever watches it when each was sent.
 */
import { storedDepartments, departmentChecker } from "@/lib/access/department-scope";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { can, reachOf } from "@/lib/access/permissions";
import type { ObstacleKind, ObstacleStatus } from "@/lib/generated/prisma/client";
import { emptyObstacleBox } from "./ballot-box/empty-obstacle-box";
import { mayTriage } from "./rules/triage-reach";

export type ObstacleRow = {
  id: string;
  kind: ObstacleKind;
  title: string;
  effect: string;
  stage: { key: string; name: string } | null;
  department: { key: string; name: string } | null;
  /** The Monday of the week it was reported (yyyy-mm-dd). */
  week: string;
  status: ObstacleStatus;
  answer: string | null;
  outcome: string | null;
  mergedInto: { id: string; title: string } | null;
  /** The reporter's name, only when they put it on the report. */
  reporter: string | null;
};

type Named = { key: string; name: string };

export type ObstaclesView = {
  mine: ObstacleRow[];
  /** Null when the member triages nothing. */
  triage: ObstacleRow[] | null;
  /** Reports beyond the first `limit` in reach, not listed. */
  moreToTriage: number;
  stages: Named[];
  departments: Named[];
  /** Departments a process may be added to by this member. */
  processDepartments: Named[];
  /** Whether the member may add a system and say whose work a report is (owners). */
  ownerPowers: boolean;
};

export async function listObstacles(access: OrgAccess, limit = 200): Promise<ObstaclesView> {
  assertCan(access, "obstacles:report");
  const { db } = access;
  const organisationId = access.organisation.id;
  // A batch of anonymous reports whose week is over joins the list as soon as someone looks at it.
  await emptyObstacleBox(db, organisationId);
  const include = {
    stage: { select: { key: true, name: true } },
    department: { select: { key: true, name: true } },
    mergedInto: { select: { id: true, title: true } },
    reporter: { select: { user: { select: { name: true } } } },
  } as const;
  const [stages, { departments, tree }, mineRows] = await Promise.all([
    db.stage.findMany({ where: { organisationId }, orderBy: { position: "asc" }, select: { key: true, name: true } }),
    storedDepartments(db, organisationId),
    db.obstacleReport.findMany({
      where: { organisationId, reporterId: access.membership.id },
      include,
      orderBy: [{ reportedWeek: "desc" }, { title: "asc" }],
    }),
  ]);
  const row = (r: (typeof mineRows)[number]): ObstacleRow => ({
    id: r.id,
    kind: r.kind,
    title: r.title,
    effect: r.effect,
    stage: r.stage,
    department: r.department,
    week: r.reportedWeek.toISOString().slice(0, 10),
    status: r.status,
    answer: r.answer,
    outcome: r.outcome,
    mergedInto: r.mergedInto,
    reporter: r.reporter?.user.name ?? null,
  });
  const base = {
    mine: mineRows.map(row),
    stages,
    departments: departments.map(({ key, name }) => ({ key, name })).sort((a, b) => a.name.localeCompare(b.name)),
  };
  if (!can(access.membership.role, "obstacles:triage")) {
    return {
      ...base,
      triage: null,
      moreToTriage: 0,
      processDepartments: [],
      ownerPowers: false,
    };
  }
  const everywhere = reachOf(access.membership.role, "obstacles:triage") === "everywhere";
  const inReach = departments.filter((d) => mayTriage(access.membership, d.id, tree)).map((d) => d.id);
  const where = { organisationId, ...(everywhere ? {} : { departmentId: { in: inReach } }) };
  const mayEdit = await departmentChecker(db, access, "model:edit-department");
  const [reports, total] = await Promise.all([
    db.obstacleReport.findMany({
      where,
      include,
      // Open ones first (the enum's order), newest week first.
      orderBy: [{ status: "asc" }, { reportedWeek: "desc" }, { title: "asc" }],
      take: limit,
    }),
    db.obstacleReport.count({ where }),
  ]);
  return {
    ...base,
    triage: reports.map(row),
    moreToTriage: Math.max(0, total - reports.length),
    processDepartments: departments
      .filter((d) => mayEdit(d.id))
      .map(({ key, name }) => ({ key, name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    ownerPowers: everywhere,
  };
}
