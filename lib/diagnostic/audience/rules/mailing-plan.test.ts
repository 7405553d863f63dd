import { describe, expect, it } from "vitest";
import { MAX_REMINDERS, planMailing, type PlannedMailing } from "./mailing-plan";

const now = new Date("2026-12-02T10:00:00Z");
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);
const context = (existing: PlannedMailing[] = [], invited = 10, closesAt: Date | null = hours(24 * 14)) => ({
  now,
  closesAt,
  existing,
  invited,
});

describe("planning a wave's mailings", () => {
  it("numbers reminders 1 to 3, reusing a cancelled one's number, and refuses a fourth", () => {
    const sent = (number: number) => ({ number, sendAt: hours(-1), started: true });
    expect(planMailing({ kind: "reminder", at: hours(1) }, context([sent(0)]))).toMatchObject({ ok: true, number: 1 });
    expect(planMailing({ kind: "reminder", at: hours(1) }, context([sent(0), sent(1), sent(3)]))).toMatchObject({
      ok: true,
      number: 2,
    });
    const full = planMailing({ kind: "reminder", at: hours(1) }, context([sent(0), sent(1), sent(2), sent(3)]));
    expect(full).toEqual({
      ok: false,
      field: "kind",
      problem: `A wave has at most ${MAX_REMINDERS} reminders, and these are all used.`,
    });
  });

  it("refuses a time that has passed or falls after the wave closes; a moment ago counts as now", () => {
    expect(planMailing({ kind: "invitation", at: hours(-2) }, context())).toMatchObject({ ok: false, field: "at" });
    expect(planMailing({ kind: "invitation", at: new Date(now.getTime() - 30_000) }, context())).toEqual({
      ok: true,
      number: 0,
      at: now,
    });
    const late = planMailing({ kind: "reminder", at: hours(48) }, context([], 5, hours(24)));
    expect(late).toMatchObject({ ok: false, field: "at", problem: expect.stringContaining("after the wave closes") });
  });

  it("puts reminders after the invitations: none before anyone is invited or before their set time", () => {
    expect(planMailing({ kind: "reminder", at: hours(1) }, context([], 0))).toMatchObject({
      ok: false,
      field: "kind",
      problem: expect.stringContaining("invitations first"),
    });
    const planned = [{ number: 0, sendAt: hours(5), started: false }];
    expect(planMailing({ kind: "reminder", at: hours(4) }, context(planned, 0))).toMatchObject({
      ok: false,
      field: "at",
    });
    expect(planMailing({ kind: "reminder", at: hours(30) }, context(planned, 0))).toMatchObject({
      ok: true,
      number: 1,
    });
  });
});
