/**
 * Where a wave stands for respondents. A wave is opened by hand (which freezes its instrument and k);
 * its open and close dates, when set, then bound when links work — no background job is needed, the
 * dates are read at each request.
 */
export type WaveTiming = { status: "draft" | "open" | "closed"; opensAt: Date | null; closesAt: Date | null };
export type WavePhase = "draft" | "scheduled" | "open" | "closed";

export function wavePhase(wave: WaveTiming, now: Date = new Date()): WavePhase {
  if (wave.status !== "open") return wave.status;
  if (wave.opensAt && wave.opensAt > now) return "scheduled";
  if (wave.closesAt && wave.closesAt <= now) return "closed";
  return "open";
}

/** What a respondent is told when the wave does not take answers now; null when it does. */
export function closedLinkMessage(phase: WavePhase, opensAt: Date | null): string | null {
  if (phase === "open") return null;
  if (phase === "closed") return "This survey has closed. Thank you for your interest.";
  if (phase === "scheduled" && opensAt)
    return `This survey opens on ${opensAt.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })}. Please come back then — your link will work from that day.`;
  return "This survey has not opened yet.";
}
