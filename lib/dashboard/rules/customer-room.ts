/**
 * The customer room (DESIGN §5): the lifecycle stages as a wall to walk along in a meeting — each
 * stage with its customers' stories, the processes and systems that get in the way there, and the
 * conflicts found there. Pure: built from the model and its analysis.
 *
 * A wall is read from across the room, so each stage shows only what fits one screen-high column at
 * large type: a few stories, obstacles and conflicts (the most severe first), and how many more there are.
 */
import type { Analysis } from "@/lib/alignment/rules/analyze-model";
import { type Finding, SEVERITIES, type Severity } from "@/lib/alignment/rules/finding";
import { filterFindings } from "@/lib/alignment/rules/filter-findings";
import type { ModelDocument } from "@/lib/model/model-schema";
import { subjectNamer } from "@/lib/alignment/rules/subject-names";
import type { Story } from "./pick-story";

export type RoomStage = {
  key: string;
  name: string;
  alignment: number | null;
  /** The stories on the wall (the newest first); `moreStories` says how many are left out. */
  stories: Story[];
  moreStories: number;
  /** Processes and systems found obstructing behaviours at this stage (F4), by name; then how many more. */
  obstacles: string[];
  moreObstacles: number;
  /** Every finding here counted; `top` the most severe few (in the analysis's order within a severity). */
  conflicts: { total: number; bySeverity: Record<Severity, number>; top: Finding[] };
};

/** Per stage on the wall: two stories, three obstacles and the single most severe conflict (the count says the rest). */
export const ROOM_LIMITS = { stories: 2, obstacles: 3, conflicts: 1 } as const;

const bySeverityDescending = (a: Finding, b: Finding) =>
  SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity);

/**
 * The stories a column holds. A story told after all the others leads — one just added in the meeting must be
 * seen on the wall — then customers' own voices (a story with a clip), then the rest, newest first. A story with
 * a clip takes the room of two: its player and captions stand where a second story would.
 */
function storiesOnTheWall<S extends { key: string }>(
  stories: S[],
  withClip: ReadonlySet<string>,
  addedAt: ReadonlyMap<string, number>,
): S[] {
  const age = (s: S) => addedAt.get(s.key) ?? Number.NEGATIVE_INFINITY;
  const newestFirst = stories
    .map((story, index) => ({ story, index }))
    .sort((a, b) => age(b.story) - age(a.story) || a.index - b.index)
    .map(({ story }) => story);
  // Stories added together (an import, the demo) have no newest: then voices lead.
  const [first, second] = newestFirst;
  const lead = first && addedAt.has(first.key) && (!second || age(first) > age(second)) ? first : undefined;
  const rest = newestFirst.filter((s) => s !== lead);
  const ordered = [
    ...(lead ? [lead] : []),
    ...rest.filter((s) => withClip.has(s.key)),
    ...rest.filter((s) => !withClip.has(s.key)),
  ];
  const shown: S[] = [];
  let used = 0;
  for (const story of ordered) {
    const room = withClip.has(story.key) ? 2 : 1;
    if (shown.length > 0 && used + room > ROOM_LIMITS.stories) continue;
    shown.push(story);
    used += room;
    if (used >= ROOM_LIMITS.stories) break;
  }
  return shown;
}

export function buildCustomerRoom(
  model: ModelDocument,
  analysis: Analysis,
  hiddenFindings: ReadonlySet<string> = new Set(),
  storiesWithClip: ReadonlySet<string> = new Set(),
  /** When each story (by key) was added, in milliseconds; without it, stories keep the model's order. */
  storiesAddedAt: ReadonlyMap<string, number> = new Map(),
): RoomStage[] {
  const name = subjectNamer(model);
  const visible = analysis.findings.filter((f) => !hiddenFindings.has(f.id));
  return model.stages.map((stage) => {
    const here = filterFindings(model, visible, { stage: stage.key });
    const obstacles = new Set<string>();
    for (const finding of here)
      if (finding.rule === "F4")
        for (const subject of finding.subjects)
          if (subject.kind === "process" || subject.kind === "system") obstacles.add(name(subject));
    const stories = (model.stories ?? []).filter((s) => s.stage === stage.key);
    const onWall = storiesOnTheWall(stories, storiesWithClip, storiesAddedAt);
    const obstacleNames = [...obstacles].sort();
    return {
      key: stage.key,
      name: stage.name,
      alignment: analysis.alignment.stages[stage.key] ?? null,
      stories: onWall,
      moreStories: stories.length - onWall.length,
      obstacles: obstacleNames.slice(0, ROOM_LIMITS.obstacles),
      moreObstacles: Math.max(0, obstacleNames.length - ROOM_LIMITS.obstacles),
      conflicts: {
        total: here.length,
        bySeverity: Object.fromEntries(
          SEVERITIES.map((s) => [s, here.filter((f) => f.severity === s).length]),
        ) as Record<Severity, number>,
        top: [...here].sort(bySeverityDescending).slice(0, ROOM_LIMITS.conflicts),
      },
    };
  });
}
