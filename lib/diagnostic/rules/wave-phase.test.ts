import { describe, expect, it } from "vitest";
import { closedLinkMessage, wavePhase } from "./wave-phase";

const now = new Date("2027-03-10T12:00:00Z");
const day = 24 * 3600 * 1000;

describe("a wave's phase", () => {
  it("follows the status for draft and closed waves, whatever the dates", () => {
    expect(wavePhase({ status: "draft", opensAt: new Date(now.getTime() - day), closesAt: null }, now)).toBe("draft");
    expect(wavePhase({ status: "closed", opensAt: null, closesAt: new Date(now.getTime() + day) }, now)).toBe("closed");
  });

  it("bounds an open wave by its dates: scheduled before it opens, closed from its close date on", () => {
    expect(wavePhase({ status: "open", opensAt: null, closesAt: null }, now)).toBe("open");
    expect(wavePhase({ status: "open", opensAt: new Date(now.getTime() + day), closesAt: null }, now)).toBe(
      "scheduled",
    );
    expect(
      wavePhase(
        { status: "open", opensAt: new Date(now.getTime() - day), closesAt: new Date(now.getTime() + day) },
        now,
      ),
    ).toBe("open");
    expect(wavePhase({ status: "open", opensAt: null, closesAt: now }, now)).toBe("closed");
  });

  it("tells a respondent when a scheduled survey opens, and nothing when it is open", () => {
    expect(closedLinkMessage("open", null)).toBeNull();
    expect(closedLinkMessage("scheduled", new Date("2027-04-01T08:00:00Z"))).toContain("1 April 2027");
    expect(closedLinkMessage("closed", null)).toMatch(/closed/);
  });
});
