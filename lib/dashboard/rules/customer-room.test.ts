import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeModel } from "@/lib/alignment/rules/analyze-model";
import { filterFindings } from "@/lib/alignment/rules/filter-findings";
import { SEVERITIES } from "@/lib/alignment/rules/finding";
import type { ModelDocument } from "@/lib/model/model-schema";
import { buildCustomerRoom, ROOM_LIMITS } from "./customer-room";
import { mostSevereStage } from "./most-severe-stage";

const demo = JSON.parse(
  readFileSync(path.join(process.cwd(), "lib/demo/harbour-mutual.model.json"), "utf8"),
) as ModelDocument;

describe("the customer room on a wall", () => {
  it("shows the most severe conflicts of a stage first and counts every one", () => {
    const analysis = analyzeModel(demo);
    for (const stage of buildCustomerRoom(demo, analysis)) {
      const here = filterFindings(demo, analysis.findings, { stage: stage.key });
      const ranks = stage.conflicts.top.map((f) => SEVERITIES.indexOf(f.severity));
      expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
      const worst = Math.max(-1, ...here.map((f) => SEVERITIES.indexOf(f.severity)));
      if (here.length) expect(ranks[0]).toBe(worst);
      expect(stage.conflicts.total).toBe(here.length);
    }
  });

  it("trims long lists to what a column holds and says how many more there are", () => {
    const many = Array.from({ length: 5 }, (_, i) => ({
      key: `story-${i}`,
      customer: `Customer ${i}`,
      narrative: "It took three calls to get anyone to listen.",
      sentiment: "negative" as const,
      source: "interview" as const,
      stage: "help",
    }));
    const model = { ...demo, stories: [...(demo.stories ?? []), ...many] } as ModelDocument;
    const help = buildCustomerRoom(model, analyzeModel(model)).find((s) => s.key === "help")!;
    const told = model.stories!.filter((s) => s.stage === "help").length;
    expect(help.stories).toHaveLength(ROOM_LIMITS.stories);
    expect(help.moreStories).toBe(told - ROOM_LIMITS.stories);
    for (const stage of buildCustomerRoom(model, analyzeModel(model))) {
      expect(stage.obstacles.length).toBeLessThanOrEqual(ROOM_LIMITS.obstacles);
      if (stage.moreObstacles > 0) expect(stage.obstacles).toHaveLength(ROOM_LIMITS.obstacles);
    }
  });

  it("puts customers' own voices first: a story with a clip leads its column and takes the room of two", () => {
    const told = (demo.stories ?? []).filter((s) => s.stage === "help");
    expect(told.length).toBeGreaterThanOrEqual(2);
    const voiced = told[told.length - 1]!.key;
    const help = buildCustomerRoom(demo, analyzeModel(demo), new Set(), new Set([voiced])).find(
      (s) => s.key === "help",
    )!;
    expect(help.stories.map((s) => s.key)).toEqual([voiced]);
    expect(help.moreStories).toBe(told.length - 1);
    // Without clips the column holds two stories, in the model's order.
    const plain = buildCustomerRoom(demo, analyzeModel(demo)).find((s) => s.key === "help")!;
    expect(plain.stories.map((s) => s.key)).toEqual(told.slice(0, 2).map((s) => s.key));
  });

  it("leads with a story added after the others, before the voices; stories added together keep voices first", () => {
    const told = (demo.stories ?? []).filter((s) => s.stage === "help");
    const fresh = { ...told[0]!, key: "told-in-the-meeting", customer: "Mr Lee" };
    const model = { ...demo, stories: [...(demo.stories ?? []), fresh] };
    const voiced = new Set(told.map((s) => s.key));
    const seeded = new Map(told.map((s) => [s.key, 1_000]));
    const room = (addedAt: Map<string, number>) =>
      buildCustomerRoom(model, analyzeModel(model), new Set(), voiced, addedAt).find((s) => s.key === "help")!;

    const after = room(new Map([...seeded, [fresh.key, 2_000]]));
    expect(after.stories.map((s) => s.key)).toEqual([fresh.key]);
    expect(after.moreStories).toBe(told.length);
    // Added in the same moment as the others (an import): nothing is newest, so a voice leads.
    const together = room(new Map([...seeded, [fresh.key, 1_000]]));
    expect(voiced.has(together.stories[0]!.key)).toBe(true);
  });

  it("marks the demo's claims stage as the one with the most severe conflicts", () => {
    const room = buildCustomerRoom(demo, analyzeModel(demo));
    const key = mostSevereStage(room)!;
    const critical = (k: string) => room.find((s) => s.key === k)!.conflicts.bySeverity.critical;
    expect(room.every((s) => critical(s.key) <= critical(key))).toBe(true);
    expect(key).toBe("help");
  });
});
