/** A WAV file's length in seconds, read from its header (cheap); null when the header is not plain PCM RIFF. */
export function wavDurationSeconds(bytes: Uint8Array): number | null {
  if (bytes.byteLength < 44) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (tag(0) !== "RIFF" || tag(8) !== "WAVE") return null;
  let byteRate = 0;
  for (let at = 12; at + 8 <= bytes.byteLength;) {
    const id = tag(at);
    const length = view.getUint32(at + 4, true);
    if (id === "fmt " && at + 20 <= bytes.byteLength) byteRate = view.getUint32(at + 16, true);
    if (id === "data") {
      if (byteRate === 0) return null;
      const available = Math.min(length, bytes.byteLength - at - 8);
      return Math.round((available / byteRate) * 100) / 100;
    }
    at += 8 + length + (length % 2);
  }
  return null;
}
