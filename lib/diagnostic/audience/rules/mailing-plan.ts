/**
 * When a wave's mailings may go (DESIGN §4.4): invitations once, now or at a set time, and up to three
 * reminders, each after the invitations and before the wave closes. Pure: returns what is wrong, in words,
 * or the mailing's number (0 for the invitations, 1–3 for reminders).
 */
export const MAX_REMINDERS = 3;
/** A time a minute or less in the past is "now" (the form took a moment to send). */
const GRACE_MS = 60_000;

export type PlannedMailing = { number: number; sendAt: Date; started: boolean };
export type MailingRequest = { kind: "invitation" | "reminder"; at: Date };
export type MailingPlan = { ok: true; number: number; at: Date } | { ok: false; field: "at" | "kind"; problem: string };

export function planMailing(
  request: MailingRequest,
  context: {
    now: Date;
    closesAt: Date | null;
    existing: PlannedMailing[];
    /** People who have had their invitation: a reminder needs someone to remind, now or by then. */
    invited: number;
  },
): MailingPlan {
  const { now, closesAt, existing } = context;
  if (request.at.getTime() < now.getTime() - GRACE_MS)
    return { ok: false, field: "at", problem: "That time has passed: choose a later one, or send now." };
  const at = request.at < now ? now : request.at;
  if (closesAt && at >= closesAt)
    return { ok: false, field: "at", problem: "That is after the wave closes: choose an earlier time." };
  const invitations = existing.find((m) => m.number === 0);
  // Invitations set for a time replace any earlier plan for them; those already sent are not sent again.
  if (request.kind === "invitation") return { ok: true, number: 0, at };
  if (context.invited === 0 && !(invitations && !invitations.started))
    return {
      ok: false,
      field: "kind",
      problem: "Send or schedule the invitations first: a reminder goes to people who had one.",
    };
  if (invitations && !invitations.started && at <= invitations.sendAt)
    return {
      ok: false,
      field: "at",
      problem: "A reminder goes after the invitations: choose a time after they are sent.",
    };
  const used = new Set(existing.filter((m) => m.number > 0).map((m) => m.number));
  for (let number = 1; number <= MAX_REMINDERS; number++) if (!used.has(number)) return { ok: true, number, at };
  return {
    ok: false,
    field: "kind",
    problem: `A wave has at most ${MAX_REMINDERS} reminders, and these are all used.`,
  };
}
