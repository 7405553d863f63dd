/**
 * A wave's participation per department and role, live while it is open, as the member may see it:
 * from the participation record only (invitations and whether they were used — never the answers,
 * DESIGN §4.1.1), with answered counts under k or that would give one away by subtraction hidden.
 */
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { resultsScope } from "@/lib/diagnostic/results/results-scope";
import { wavePhase } from "@/lib/diagnostic/rules/wave-phase";
import { NotFoundError } from "@/lib/errors";
import {
  participationBySegment,
  type DepartmentParticipation,
  type ParticipationFigure,
} from "./rules/participation-by-segment";

export type NamedFigure = ParticipationFigure & { name: string };
export type WaveParticipationBySegment = {
  /** Whether people can still answer: the page reads the figures again while it is. */
  open: boolean;
  k: number;
  /** Everyone invited; null for a member who sees some departments only. */
  total: ParticipationFigure | null;
  departments: (Omit<DepartmentParticipation, "roles"> & { name: string; roles: NamedFigure[] })[];
};

export const NOT_GIVEN = "Not given";

export async function getParticipationBySegment(
  access: OrgAccess,
  waveId: string,
): Promise<WaveParticipationBySegment> {
  assertCan(access, "results:read");
  const wave = await access.db.wave.findFirst({
    where: { id: waveId, organisationId: access.organisation.id },
    select: { id: true, k: true, status: true, opensAt: true, closesAt: true },
  });
  if (!wave) throw new NotFoundError("Wave");
  const where = { organisationId: access.organisation.id };
  const [scope, cells, departments, roles] = await Promise.all([
    resultsScope(access),
    access.db.waveInvitation.groupBy({
      by: ["department", "role", "level", "submitted"],
      where: { waveId: wave.id },
      _count: { _all: true },
    }),
    access.db.department.findMany({ where, select: { key: true, name: true, parent: { select: { key: true } } } }),
    access.db.role.findMany({ where, select: { key: true, name: true, department: { select: { key: true } } } }),
  ]);
  const result = participationBySegment({
    structure: {
      departments: departments.map((d) => ({ key: d.key, parent: d.parent?.key ?? null })),
      roles: roles.map((r) => ({ key: r.key, department: r.department.key })),
    },
    cells: cells.map((c) => ({
      department: c.department,
      role: c.role,
      level: c.level,
      submitted: c.submitted,
      count: c._count._all,
    })),
    k: wave.k,
    scope,
  });
  const departmentName = new Map(departments.map((d) => [d.key, d.name]));
  const roleName = new Map(roles.map((r) => [r.key, r.name]));
  return {
    open: wavePhase(wave) === "open",
    k: result.k,
    total: result.total,
    departments: result.departments.map((d) => ({
      ...d,
      name: d.key === null ? NOT_GIVEN : (departmentName.get(d.key) ?? d.key),
      roles: d.roles.map((r) => ({ ...r, name: r.key === null ? NOT_GIVEN : (roleName.get(r.key) ?? r.key) })),
    })),
  };
}
