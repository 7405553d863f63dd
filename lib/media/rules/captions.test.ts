import { describe, expect, it } from "vitest";
import { captionsProblem, presentText, transcriptProblem } from "./captions";

describe("captionsProblem", () => {
  it("accepts WebVTT, with or without a byte order mark or a header note", () => {
    expect(captionsProblem("WEBVTT\n\n00:00.000 --> 00:02.000\nHello")).toBeNull();
    expect(captionsProblem("\uFEFFWEBVTT - the customer\r\n\r\n00:00.000 --> 00:01.000\nHi")).toBeNull();
    expect(captionsProblem("WEBVTT")).toBeNull();
  });

  it("refuses SubRip, HTML and a WEBVTT look-alike", () => {
    expect(captionsProblem("1\n00:00:00,000 --> 00:00:02,000\nHello")).toMatch(/not WebVTT/);
    expect(captionsProblem("<html>WEBVTT</html>")).toMatch(/not WebVTT/);
    expect(captionsProblem("WEBVTTX\n")).toMatch(/not WebVTT/);
  });

  it("refuses captions over 200 KB", () => {
    expect(captionsProblem("WEBVTT\n\n" + "a".repeat(200 * 1024))).toBe(
      "The captions file is 201 KB; the limit is 200 KB.",
    );
  });
});

describe("transcriptProblem", () => {
  it("takes up to 10,000 characters", () => {
    expect(transcriptProblem("x".repeat(10_000))).toBeNull();
    expect(transcriptProblem("x".repeat(10_001))).toBe("The transcript is 10,001 characters; the limit is 10,000.");
  });

  it("counts blank text as none", () => {
    expect(presentText("  \n")).toBeNull();
    expect(presentText("Hello")).toBe("Hello");
    expect(presentText(undefined)).toBeNull();
  });
});
