/** Whether a wave takes answers now, and the polite refusal (410) when it does not. */
import { AppError } from "@/lib/errors";
import { closedLinkMessage, type WaveTiming, wavePhase } from "@/lib/diagnostic/rules/wave-phase";

/** Refuses politely unless the wave takes answers now (open, and within its dates). */
export function assertTakingAnswers(wave: WaveTiming): void {
  const phase = wavePhase(wave);
  const message = closedLinkMessage(phase, wave.opensAt);
  if (message) throw new LinkClosedError(message, phase === "open" ? "closed" : phase, wave.opensAt);
}

/** Why a link does not take answers, for pages that say it in the respondent's language. */
export type ClosedReason = "draft" | "scheduled" | "closed" | "used";

export class LinkClosedError extends AppError {
  constructor(
    detail: string,
    public readonly reason: ClosedReason = "closed",
    public readonly opensAt: Date | null = null,
  ) {
    super(410, "This link can no longer be used", detail);
  }
}
