/**
 * A customer story to show beside a headline (DESIGN §3: stories are shown next to the numbers they
 * explain). The best match shares the headline's stage and roles and has the sentiment the number
 * suggests; a story already shown beside another headline is used only when nothing else fits.
 */
import type { ModelDocument } from "@/lib/model/model-schema";

export type Story = NonNullable<ModelDocument["stories"]>[number];
export type StoryWanted = { stage?: string; roles?: string[]; sentiment?: "positive" | "negative" };

export function pickStory(stories: readonly Story[], wanted: StoryWanted, alreadyShown: ReadonlySet<string> = new Set()): Story | null {
  let best: { story: Story; score: number } | null = null;
  for (const story of stories) {
    let score = 0;
    if (wanted.stage && story.stage === wanted.stage) score += 4;
    if (wanted.roles?.some((role) => story.roles?.includes(role))) score += 3;
    if (wanted.sentiment && story.sentiment === wanted.sentiment) score += 2;
    if (alreadyShown.has(story.key)) score -= 10;
    if (!best || score > best.score) best = { story, score };
  }
  return best?.story ?? null;
}
