import { assertCan, type OrgAccess } from "@/lib/organisations/access";
import type { BreakdownField } from "../score-results";
import { PARTICIPATION_FLAG } from "../scoring";
import { type WavePhase, wavePhase } from "./wave-phase";

export type WaveSummary = {
  id: string;
  name: string;
  status: string;
  /** Where it stands for respondents today (an open wave can be scheduled, or past its close date). */
  phase: WavePhase;
  k: number;
  instrument: { name: string; version: number };
  audience: { departments: string[]; roles: string[] };
  invited: number;
  responses: number;
  opensAt: string | null;
  closesAt: string | null;
};

export async function listWaves(access: OrgAccess): Promise<WaveSummary[]> {
  assertCan(access, "organisation:read");
  const waves = await access.db.wave.findMany({
    where: { organisationId: access.organisation.id },
    orderBy: { createdAt: "desc" },
    include: { _count: { select: { invitations: true, responses: true } }, instrument: { select: { name: true, version: true } } },
  });
  return waves.map((w) => ({
    id: w.id,
    name: w.name,
    status: w.status,
    phase: wavePhase(w),
    k: w.k,
    instrument: w.instrument,
    audience: { departments: w.audienceDepartments, roles: w.audienceRoles },
    invited: w._count.invitations,
    responses: w._count.responses,
    opensAt: w.opensAt?.toISOString() ?? null,
    closesAt: w.closesAt?.toISOString() ?? null,
  }));
}

export type Participation = { segment: string; invited: number; responded: number; rate: number; flagged: boolean };

/**
 * Respondents ÷ invited per segment (department, role or level) where invitations were assigned to one;
 * under 60 % is flagged. A department head's view counts their departments only.
 */
export async function waveParticipation(access: OrgAccess, waveId: string, scope: string[] | null, by: BreakdownField = "department"): Promise<Participation[]> {
  assertCan(access, "results:read-own-departments");
  const inScope = scope ? { department: { in: scope } } : {};
  const wave = { organisationId: access.organisation.id };
  const [invited, responded] = await Promise.all([
    access.db.waveInvitation.groupBy({ by: [by], where: { waveId, wave, [by]: { not: null }, ...inScope }, _count: { _all: true } }),
    access.db.response.groupBy({ by: [by], where: { waveId, wave, [by]: { not: null }, ...inScope }, _count: { _all: true } }),
  ]);
  const answered = new Map(responded.map((row) => [row[by] as string, row._count._all]));
  return invited
    .map((row) => {
      const segment = row[by] as string;
      const count = answered.get(segment) ?? 0;
      const rate = count / row._count._all;
      return { segment, invited: row._count._all, responded: count, rate: Math.round(rate * 1000) / 10, flagged: rate < PARTICIPATION_FLAG };
    })
    .sort((a, b) => a.segment.localeCompare(b.segment));
}

export type AudienceChoices = { departments: { key: string; name: string }[]; roles: { key: string; name: string; department: string }[] };

/** The departments and roles a wave may ask (for the new-wave form). */
export async function listAudienceChoices(access: OrgAccess): Promise<AudienceChoices> {
  assertCan(access, "diagnostic:manage");
  const [departments, roles] = await Promise.all([
    access.db.department.findMany({ where: { organisationId: access.organisation.id }, orderBy: { name: "asc" }, select: { key: true, name: true } }),
    access.db.role.findMany({ where: { organisationId: access.organisation.id }, orderBy: { name: "asc" }, select: { key: true, name: true, department: { select: { name: true } } } }),
  ]);
  return { departments, roles: roles.map((r) => ({ key: r.key, name: r.name, department: r.department.name })) };
}
