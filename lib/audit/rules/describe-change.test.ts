import { describe, expect, it } from "vitest";
import { describeChange, spellField } from "./describe-change";

describe("describeChange", () => {
  it("lists only what changed, in words", () => {
    expect(
      describeChange(
        { role: "viewer", email: "a@x.test", departments: [] },
        { role: "department_head", email: "a@x.test", departments: ["Claims", "IT"] },
      ),
    ).toEqual(["Role: Viewer → Department head", "Departments: none → Claims, IT"]);
  });

  it("lists every field of something created or removed", () => {
    expect(describeChange(null, { name: "Acme", slug: "acme" })).toEqual(["Name: Acme", "Slug: acme"]);
    expect(describeChange({ email: "a@x.test" }, undefined)).toEqual(["Email: a@x.test"]);
    expect(describeChange(null, null)).toEqual([]);
  });

  it("names a wave's settings as people know them, never by the code's field names", () => {
    const lines = describeChange(null, {
      k: 5,
      commentK: 10,
      opensAt: "2026-03-01T00:00:00.000Z",
      closesAt: null,
      sharedLinkMode: "verified",
      resultsRelease: "after_close",
      payLinked: true,
    });
    expect(lines).toEqual([
      "Anonymity threshold (k): 5",
      "Comment threshold: 10",
      "Opens: 1 Mar 2026, 00:00 UTC",
      "Closes: —",
      "Shared link: work email checked",
      "Results released: after the wave closes",
      "Tied to pay: yes",
    ]);
    expect(lines.join(" ")).not.toMatch(/commentK|opensAt|after_close|true/);
  });

  it("spells out a field it has no label for, and status codes as words", () => {
    expect(spellField("trainedShare")).toBe("Trained share");
    expect(describeChange({ status: "in_progress" }, { status: "done" })).toEqual(["Status: in progress → done"]);
    expect(describeChange(null, { segment: { department: "claims", count: 3 } })).toEqual([
      "Segment: department claims, count 3",
    ]);
  });
});
