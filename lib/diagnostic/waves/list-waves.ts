/** The organisation's waves, with where each stands. */
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { type WavePhase, wavePhase } from "@/lib/diagnostic/rules/wave-phase";

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
  /** Invitation links answered. */
  answered: number;
  /** Everyone who answered so far, by any link (one number for the wave: no group can be told apart). */
  responses: number;
  resultsRelease: "after_close" | "snapshots";
  sharedLinkMode: "verified" | "open";
  opensAt: string | null;
  closesAt: string | null;
};

export async function listWaves(access: OrgAccess): Promise<WaveSummary[]> {
  assertCan(access, "organisation:read");
  const waves = await access.db.wave.findMany({
    where: { organisationId: access.organisation.id },
    orderBy: { createdAt: "desc" },
    include: {
      _count: { select: { invitations: true, responses: true, ballots: true } },
      instrument: { select: { name: true, version: true } },
    },
  });
  const answered = new Map(
    (
      await access.db.waveInvitation.groupBy({
        by: ["waveId"],
        where: { submitted: true, wave: { organisationId: access.organisation.id } },
        _count: { _all: true },
      })
    ).map((row) => [row.waveId, row._count._all]),
  );
  return waves.map((w) => ({
    id: w.id,
    name: w.name,
    status: w.status,
    phase: wavePhase(w),
    k: w.k,
    instrument: w.instrument,
    audience: { departments: w.audienceDepartments, roles: w.audienceRoles },
    invited: w._count.invitations,
    answered: answered.get(w.id) ?? 0,
    responses: w._count.responses + w._count.ballots,
    resultsRelease: w.resultsRelease,
    sharedLinkMode: w.sharedLinkMode,
    opensAt: w.opensAt?.toISOString() ?? null,
    closesAt: w.closesAt?.toISOString() ?? null,
  }));
}
