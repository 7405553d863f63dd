/**
 * A customer story to show beside a headline (DESIGN §3: stories are shown next to the numbers they
 * explain). The best match shares the headline's stage and roles and has the sentiment the number
 * suggests. A story is shown beside one headline only: repeated, it would read as the only voice there is.
 */
import type { ModelDocument } from "@/lib/model/model-schema";

export type Story = NonNullable<ModelDocument["stories"]>[number];
export type StoryWanted = { stage?: string; roles?: string[]; sentiment?: "positive" | "negative" };

export function pickStory(
  stories: readonly Story[],
  wanted: StoryWanted,
  alreadyShown: ReadonlySet<string> = new Set(),
): Story | null {
  let best: { story: Story; score: number } | null = null;
  for (const story of stories) {
    if (alreadyShown.has(story.key)) continue;
    let score = 0;
    if (wanted.stage && story.stage === wanted.stage) score += 4;
    if (wanted.roles?.some((role) => story.roles?.includes(role))) score += 3;
    if (wanted.sentiment && story.sentiment === wanted.sentiment) score += 2;
    if (!best || score > best.score) best = { story, score };
  }
  return best?.story ?? null;
}
