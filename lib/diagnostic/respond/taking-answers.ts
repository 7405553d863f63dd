/** Whether a wave takes answers now, and the polite refusal (410) when it does not. */
import { AppError } from "@/lib/errors";
import { closedLinkMessage, type WaveTiming, wavePhase } from "@/lib/diagnostic/rules/wave-phase";

/** Refuses politely unless the wave takes answers now (open, and within its dates). */
export function assertTakingAnswers(wave: WaveTiming): void {
  const message = closedLinkMessage(wavePhase(wave), wave.opensAt);
  if (message) throw new LinkClosedError(message);
}

export class LinkClosedError extends AppError {
  constructor(detail: string) {
    super(410, "This link can no longer be used", detail);
  }
}
