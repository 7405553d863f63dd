/**
 * A short mono 16-bit PCM WAV of a soft tone, written by code: the demo's sample clip and the tests' valid
 * audio, so no binary needs to be committed.
 */
export function toneWav(seconds: number, { frequency = 440, sampleRate = 8000, volume = 0.2 } = {}): Uint8Array {
  const samples = Math.round(seconds * sampleRate);
  const bytes = new Uint8Array(44 + samples * 2);
  const view = new DataView(bytes.buffer);
  const ascii = (at: number, text: string) => [...text].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  ascii(0, "RIFF");
  view.setUint32(4, 36 + samples * 2, true);
  ascii(8, "WAVE");
  ascii(12, "fmt ");
  view.setUint32(16, 16, true); // fmt chunk length
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // byte rate
  view.setUint16(32, 2, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, "data");
  view.setUint32(40, samples * 2, true);
  for (let i = 0; i < samples; i++) {
    // Fade in and out so the tone does not click.
    const envelope = Math.min(1, i / (sampleRate * 0.05), (samples - i) / (sampleRate * 0.05));
    const value = Math.sin((2 * Math.PI * frequency * i) / sampleRate) * volume * envelope;
    view.setInt16(44 + i * 2, Math.round(value * 32767), true);
  }
  return bytes;
}
