/**
 * What a logo file is, by its first bytes (its name and declared type are the sender's word, not the
 * file's): PNG or JPEG, the two the PDF renderer embeds; anything else is refused. Pure.
 */
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

export function logoType(bytes: Uint8Array): "image/png" | "image/jpeg" | null {
  const starts = (magic: number[]) => bytes.length > magic.length && magic.every((b, i) => bytes[i] === b);
  return starts(PNG) ? "image/png" : starts(JPEG) ? "image/jpeg" : null;
}
