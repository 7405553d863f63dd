import { describe, expect, it } from "vitest";
import { byteRangeOf } from "./byte-range";

describe("byteRangeOf", () => {
  it("serves the whole clip without a usable single range", () => {
    expect(byteRangeOf(null, 100)).toEqual({ kind: "whole" });
    expect(byteRangeOf("bytes=0-1,5-6", 100)).toEqual({ kind: "whole" });
    expect(byteRangeOf("items=0-5", 100)).toEqual({ kind: "whole" });
    expect(byteRangeOf("bytes=-", 100)).toEqual({ kind: "whole" });
  });

  it("reads first-last, open-ended and suffix ranges, clamped to the clip", () => {
    expect(byteRangeOf("bytes=0-9", 100)).toEqual({ kind: "partial", range: { start: 0, end: 9 } });
    expect(byteRangeOf("bytes=90-", 100)).toEqual({ kind: "partial", range: { start: 90, end: 99 } });
    expect(byteRangeOf("bytes=90-500", 100)).toEqual({ kind: "partial", range: { start: 90, end: 99 } });
    expect(byteRangeOf("bytes=-10", 100)).toEqual({ kind: "partial", range: { start: 90, end: 99 } });
    expect(byteRangeOf("bytes=-500", 100)).toEqual({ kind: "partial", range: { start: 0, end: 99 } });
  });

  it("finds ranges outside the clip unsatisfiable", () => {
    expect(byteRangeOf("bytes=100-", 100)).toEqual({ kind: "unsatisfiable" });
    expect(byteRangeOf("bytes=5-2", 100)).toEqual({ kind: "unsatisfiable" });
    expect(byteRangeOf("bytes=-0", 100)).toEqual({ kind: "unsatisfiable" });
    expect(byteRangeOf("bytes=99999999999999999999-", 100)).toEqual({ kind: "unsatisfiable" });
  });
});
