import { describe, expect, it } from "vitest";
import type { Story } from "@/lib/dashboard/rules/pick-story";
import { findingPlace, storiesForFindings } from "./finding-stories";

const model = {
  behaviours: [
    { key: "call-back", role: "handler", stage: "claim" },
    { key: "stay-on-call", role: "advisor", stage: "claim" },
    { key: "plain-letters", role: "writer", stage: "renewal" },
  ],
} as never;

const story = (key: string, stage: string | undefined, roles: string[], sentiment: "positive" | "negative"): Story => ({
  key,
  customer: key,
  narrative: `${key} story`,
  stage,
  roles,
  sentiment,
  source: "interview",
});

describe("stories beside findings", () => {
  it("places a finding at its behaviours' stage and roles", () => {
    expect(
      findingPlace(model, {
        subjects: [
          { kind: "kpi", key: "aht" },
          { kind: "behaviour", key: "stay-on-call" },
        ],
      }),
    ).toEqual({ stage: "claim", roles: ["advisor"] });
  });

  it("gives each finding a story of its stage or roles, a bad experience first, never the same story twice", () => {
    const stories = [
      story("good-claim", "claim", ["handler"], "positive"),
      story("bad-claim", "claim", ["handler"], "negative"),
      story("renewal", "renewal", [], "negative"),
    ];
    const findings = [
      { subjects: [{ kind: "behaviour" as const, key: "call-back" }] },
      { subjects: [{ kind: "behaviour" as const, key: "call-back" }] },
      { subjects: [{ kind: "behaviour" as const, key: "call-back" }] },
      { subjects: [{ kind: "behaviour" as const, key: "plain-letters" }] },
    ];
    expect(storiesForFindings(model, findings, stories).map((s) => s?.key ?? null)).toEqual([
      "bad-claim",
      "good-claim",
      null,
      "renewal",
    ]);
  });

  it("does not put an unrelated story beside a finding", () => {
    expect(
      storiesForFindings(
        model,
        [{ subjects: [{ kind: "kpi", key: "cost" }] }],
        [story("x", "claim", ["handler"], "negative")],
      ),
    ).toEqual([null]);
  });
});
