/**
 * A wave's people list as its page shows it: how many are where in the sending, its mailings (invitations and
 * reminders, sent or set for a time), and the problems by address. How many have not answered is counted from
 * the participation record, never from the answers — and never listed by name.
 */
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { waveOf } from "@/lib/diagnostic/waves/wave-of";

export type AudienceSummary = {
  wave: { id: string; name: string; status: "draft" | "open" | "closed"; closesAt: string | null };
  total: number;
  listed: number;
  /** Queued or being sent right now. */
  inProgress: number;
  sent: number;
  /** Invited and not answered yet: whom a reminder would reach (those who asked to stop aside). */
  notAnswered: number;
  mailings: Mailing[];
  /** People on the list per language they are written to in. */
  languages: Record<string, number>;
  problems: { email: string; state: "failed" | "uncertain"; reason: string }[];
  problemCount: number;
};

/** Number 0: the invitations; 1–3: reminders. `sent` and `failed` count the reminders' mails. */
export type Mailing = {
  number: number;
  sendAt: string;
  started: boolean;
  queued: number | null;
  sent: number;
  failed: number;
};

const PROBLEMS_SHOWN = 200;

export async function getAudience(access: OrgAccess, waveId: string): Promise<AudienceSummary> {
  assertCan(access, "diagnostic:manage");
  const wave = await waveOf(access, waveId);
  const [states, problems, mailings, reminderStates, reminderProblems, notAnswered, languages] = await Promise.all([
    access.db.waveRecipient.groupBy({ by: ["sendState"], where: { waveId: wave.id }, _count: { _all: true } }),
    access.db.waveRecipient.findMany({
      where: { waveId: wave.id, sendState: { in: ["failed", "uncertain"] } },
      select: { email: true, sendState: true, sendError: true },
      orderBy: { email: "asc" },
      take: PROBLEMS_SHOWN,
    }),
    access.db.waveMailing.findMany({ where: { waveId: wave.id }, orderBy: { number: "asc" } }),
    access.db.reminderMail.groupBy({
      by: ["number", "state"],
      where: { recipient: { waveId: wave.id } },
      _count: { _all: true },
    }),
    access.db.reminderMail.findMany({
      where: { recipient: { waveId: wave.id }, state: { in: ["failed", "uncertain"] } },
      select: { number: true, state: true, error: true, recipient: { select: { email: true } } },
      orderBy: [{ number: "asc" }, { recipient: { email: "asc" } }],
      take: PROBLEMS_SHOWN,
    }),
    access.db.waveRecipient.count({ where: { waveId: wave.id, sendState: "sent", invitation: { submitted: false } } }),
    access.db.waveRecipient.groupBy({ by: ["language"], where: { waveId: wave.id }, _count: { _all: true } }),
  ]);
  const reminders = (number: number, ...wanted: string[]) =>
    reminderStates
      .filter((r) => r.number === number && wanted.includes(r.state))
      .reduce((sum, r) => sum + r._count._all, 0);
  const remindersInProgress = reminderStates
    .filter((r) => ["queued", "claimed", "sending"].includes(r.state))
    .reduce((sum, r) => sum + r._count._all, 0);
  const n = (...wanted: string[]) =>
    states.filter((s) => wanted.includes(s.sendState)).reduce((sum, s) => sum + s._count._all, 0);
  return {
    wave: { id: wave.id, name: wave.name, status: wave.status, closesAt: wave.closesAt?.toISOString() ?? null },
    total: n("listed", "queued", "claimed", "sending", "sent", "failed", "uncertain"),
    listed: n("listed"),
    inProgress: n("queued", "claimed", "sending") + remindersInProgress,
    sent: n("sent"),
    notAnswered,
    languages: Object.fromEntries(languages.map((l) => [l.language, l._count._all])),
    mailings: mailings.map((m) => ({
      number: m.number,
      sendAt: m.sendAt.toISOString(),
      started: m.startedAt !== null,
      queued: m.queued,
      sent: m.number === 0 ? 0 : reminders(m.number, "sent"),
      failed: m.number === 0 ? 0 : reminders(m.number, "failed", "uncertain"),
    })),
    problems: [
      ...problems.map((p) => ({
        email: p.email,
        state: p.sendState as "failed" | "uncertain",
        reason: p.sendError ?? "",
      })),
      ...reminderProblems.map((p) => ({
        email: p.recipient.email,
        state: p.state as "failed" | "uncertain",
        reason: `Reminder ${p.number}: ${p.error ?? ""}`,
      })),
    ],
    problemCount:
      n("failed", "uncertain") +
      reminderStates
        .filter((r) => ["failed", "uncertain"].includes(r.state))
        .reduce((sum, r) => sum + r._count._all, 0),
  };
}
