import { fileTypeFromBuffer } from "file-type";
import { describe, expect, it } from "vitest";
import { clipSizeProblem, clipTypeOf, CLIP_MEDIA_TYPES } from "./clip-type";
import { toneWav } from "./tone-wav";

const text = (s: string) => new TextEncoder().encode(s);
const typeOf = async (bytes: Uint8Array) => clipTypeOf(await fileTypeFromBuffer(bytes), bytes);

/** An MP3 frame header (MPEG-1 layer III, 128 kbit/s, 44.1 kHz) repeated: what file-type knows as MP3. */
function mp3Frames(): Uint8Array {
  const frame = new Uint8Array(417);
  frame.set([0xff, 0xfb, 0x90, 0x64]);
  const bytes = new Uint8Array(frame.length * 4);
  for (let i = 0; i < 4; i++) bytes.set(frame, i * frame.length);
  return bytes;
}

describe("clipTypeOf", () => {
  it("accepts audio by its content and stores it under a media type it can be served as", async () => {
    expect(await typeOf(toneWav(0.5))).toEqual({ ok: true, mediaType: "audio/wav", kind: "audio" });
    expect(await typeOf(mp3Frames())).toEqual({ ok: true, mediaType: "audio/mpeg", kind: "audio" });
    expect(CLIP_MEDIA_TYPES.has("audio/wav")).toBe(true);
  });

  it("knows the browser-playable containers and nothing else", () => {
    for (const ext of ["mp3", "m4a", "aac", "wav", "ogg", "opus", "webm", "mp4"])
      expect(clipTypeOf({ ext, mime: "x" }, new Uint8Array()).ok).toBe(true);
    for (const ext of ["flac", "mov", "avi", "pdf", "png"])
      expect(clipTypeOf({ ext, mime: "x" }, new Uint8Array()).ok).toBe(false);
  });

  it("names a PDF renamed to .mp3 for what it is", async () => {
    const result = await typeOf(text("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF"));
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/^This file is a PDF, not an audio or video clip\./),
    });
  });

  it("refuses a web page or an SVG image, however it is named", async () => {
    const page = await typeOf(text("<!DOCTYPE html><html><script>alert(1)</script></html>"));
    expect(page).toMatchObject({ ok: false, message: expect.stringContaining("a web page (HTML)") });
    const svg = await typeOf(text('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'));
    expect(svg).toMatchObject({ ok: false, message: expect.stringContaining("an SVG image") });
    const noise = await typeOf(text("just some words in a text file"));
    expect(noise).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^This file is not an audio or video clip\./),
    });
  });
});

describe("clipSizeProblem", () => {
  it("says how big the clip is and what the limit is", () => {
    expect(clipSizeProblem(31 * 1024 * 1024, 25 * 1024 * 1024)).toBe("The clip is 31 MB; the limit is 25 MB.");
    expect(clipSizeProblem(25 * 1024 * 1024, 25 * 1024 * 1024)).toBeNull();
    expect(clipSizeProblem(700 * 1024, 512 * 1024)).toBe("The clip is 700 KB; the limit is 512 KB.");
  });
});
