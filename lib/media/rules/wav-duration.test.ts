import { describe, expect, it } from "vitest";
import { toneWav } from "./tone-wav";
import { wavDurationSeconds } from "./wav-duration";

describe("wavDurationSeconds", () => {
  it("reads the length of a PCM WAV from its header", () => {
    expect(wavDurationSeconds(toneWav(2))).toBe(2);
    expect(wavDurationSeconds(toneWav(0.75, { sampleRate: 16000 }))).toBe(0.75);
  });

  it("gives null for anything else", () => {
    expect(
      wavDurationSeconds(new TextEncoder().encode("RIFF....WAVE but not really a wave file at all here")),
    ).toBeNull();
    expect(wavDurationSeconds(new Uint8Array(10))).toBeNull();
  });
});
