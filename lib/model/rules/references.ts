/**
 * How the model names things across kinds, in one place: an influence's source (`"kpi:<key>"`,
 * `"process:<key>"`, `"system:<key>"`) and a story's source (the model file says `ride-along`, the
 * database `ride_along`).
 */
import { z } from "zod";

export const INFLUENCE_SOURCE_KINDS = ["kpi", "process", "system"] as const;
export type InfluenceSourceKind = (typeof INFLUENCE_SOURCE_KINDS)[number];
export type InfluenceSource = { kind: InfluenceSourceKind; key: string };

const SOURCE_PATTERN = /^(kpi|process|system):([A-Za-z0-9][A-Za-z0-9_.-]{0,99})$/;

/** A schema for a source reference; `message` is what the user is told when it is malformed. */
export const influenceSourceRef = (message: string) => z.string().regex(SOURCE_PATTERN, message);

/** The kind and key a reference names (the reference has passed `influenceSourceRef`). */
export function parseInfluenceSource(ref: string): InfluenceSource {
  const match = SOURCE_PATTERN.exec(ref);
  if (!match) throw new Error(`Not an influence source: ${JSON.stringify(ref)}`);
  return { kind: match[1] as InfluenceSourceKind, key: match[2]! };
}

export const influenceSourceRefOf = ({ kind, key }: InfluenceSource): string => `${kind}:${key}`;

/** What a source kind is called on screen. */
export const INFLUENCE_SOURCE_LABELS: Record<InfluenceSourceKind, string> = {
  kpi: "KPI",
  process: "Process",
  system: "System",
};

export const STORY_SOURCES = ["interview", "complaint", "ride-along", "workshop"] as const;
export type StorySource = (typeof STORY_SOURCES)[number];
type StoredStorySource = "interview" | "complaint" | "ride_along" | "workshop";

export const storySourceToDb = (source: StorySource): StoredStorySource =>
  source === "ride-along" ? "ride_along" : source;
export const storySourceFromDb = (source: StoredStorySource): StorySource =>
  source === "ride_along" ? "ride-along" : source;

/** A KPI link's effect: the model file says `trades-off`, the database `trades_off`. */
export const kpiLinkEffectToDb = (effect: "reinforces" | "trades-off"): "reinforces" | "trades_off" =>
  effect === "trades-off" ? "trades_off" : effect;
export const kpiLinkEffectFromDb = (effect: "reinforces" | "trades_off"): "reinforces" | "trades-off" =>
  effect === "trades_off" ? "trades-off" : effect;
