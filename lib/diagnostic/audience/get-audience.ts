/** A wave's people list as its page shows it: how many are where in the sending, and the problems by address. */
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { waveOf } from "@/lib/diagnostic/waves/wave-of";

export type AudienceSummary = {
  wave: { id: string; name: string; status: "draft" | "open" | "closed"; closesAt: string | null };
  total: number;
  listed: number;
  /** Queued or being sent right now. */
  inProgress: number;
  sent: number;
  problems: { email: string; state: "failed" | "uncertain"; reason: string }[];
  problemCount: number;
};

const PROBLEMS_SHOWN = 200;

export async function getAudience(access: OrgAccess, waveId: string): Promise<AudienceSummary> {
  assertCan(access, "diagnostic:manage");
  const wave = await waveOf(access, waveId);
  const [states, problems] = await Promise.all([
    access.db.waveRecipient.groupBy({ by: ["sendState"], where: { waveId: wave.id }, _count: { _all: true } }),
    access.db.waveRecipient.findMany({
      where: { waveId: wave.id, sendState: { in: ["failed", "uncertain"] } },
      select: { email: true, sendState: true, sendError: true },
      orderBy: { email: "asc" },
      take: PROBLEMS_SHOWN,
    }),
  ]);
  const n = (...wanted: string[]) =>
    states.filter((s) => wanted.includes(s.sendState)).reduce((sum, s) => sum + s._count._all, 0);
  return {
    wave: { id: wave.id, name: wave.name, status: wave.status, closesAt: wave.closesAt?.toISOString() ?? null },
    total: n("listed", "queued", "claimed", "sending", "sent", "failed", "uncertain"),
    listed: n("listed"),
    inProgress: n("queued", "claimed", "sending"),
    sent: n("sent"),
    problems: problems.map((p) => ({
      email: p.email,
      state: p.sendState as "failed" | "uncertain",
      reason: p.sendError ?? "",
    })),
    problemCount: n("failed", "uncertain"),
  };
}
