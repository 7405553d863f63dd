/**
 * The customer story beside each finding (DESIGN §3: stories sit next to the numbers they explain):
 * one sharing the finding's stage and roles, a bad experience by preference, each story beside one
 * finding only — repeated, it would read as the only voice there is. Pure.
 */
import type { Finding } from "@/lib/alignment/rules/finding";
import { findingPlace } from "@/lib/dashboard/rules/finding-place";
import { pickStory, type Story } from "@/lib/dashboard/rules/pick-story";

export { findingPlace };
import type { ModelDocument } from "@/lib/model/model-schema";

/** A story for each finding in order, or null where none shares its stage or roles. */
export function storiesForFindings(
  model: Pick<ModelDocument, "behaviours">,
  findings: readonly Pick<Finding, "subjects">[],
  stories: readonly Story[],
): (Story | null)[] {
  const shown = new Set<string>();
  return findings.map((finding) => {
    const place = findingPlace(model, finding);
    const related = stories.filter(
      (s) => (place.stage && s.stage === place.stage) || s.roles?.some((r) => place.roles.includes(r)),
    );
    const story = pickStory(related, { ...place, sentiment: "negative" }, shown);
    if (story) shown.add(story.key);
    return story;
  });
}
