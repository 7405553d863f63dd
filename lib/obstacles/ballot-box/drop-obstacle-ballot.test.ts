import { describe, expect, it } from "vitest";
import { obstacleReportInput } from "../input";
import { padded, SEALED_BYTES } from "./drop-obstacle-ballot";
import type { SealedReport } from "./sealed-report";

const sealedLength = (report: SealedReport) => Buffer.byteLength(JSON.stringify(padded(report)));
const ids = { stageId: "cmstage0000000000000000000", departmentId: null, receiptHash: "f".repeat(64) };

describe("a ballot's size", () => {
  it("is the same for the shortest report and the longest the input allows, in the costliest characters", () => {
    const shortest = obstacleReportInput.parse({ kind: "form", title: "Fax", effect: "Ten chars!" });
    // A control character is six bytes in JSON (\u0001): the most any character the input takes can cost.
    const longest = obstacleReportInput.parse({
      kind: "measure",
      title: `x${"\u0001".repeat(198)}x`,
      effect: `x${"\u0001".repeat(1998)}x`,
    });
    expect(sealedLength({ ...shortest, ...ids })).toBe(SEALED_BYTES);
    expect(sealedLength({ ...longest, ...ids })).toBe(SEALED_BYTES);
    expect(sealedLength({ ...shortest, ...ids, title: "é".repeat(200) })).toBe(SEALED_BYTES);
  });

  it("refuses what no input could be, rather than seal a longer ballot", () => {
    expect(() => padded({ kind: "form", title: "x", effect: "y".repeat(SEALED_BYTES), ...ids })).toThrow(
      /longer than a ballot holds/,
    );
  });
});
