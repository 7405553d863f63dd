/**
 * The customer story beside each finding (DESIGN §3: stories sit next to the numbers they explain):
 * one sharing the finding's stage and roles, a bad experience by preference, each story beside one
 * finding only — repeated, it would read as the only voice there is. Pure.
 */
import type { Finding } from "@/lib/alignment/rules/finding";
import { pickStory, type Story } from "@/lib/dashboard/rules/pick-story";
import type { ModelDocument } from "@/lib/model/model-schema";

/** Where a finding happens: the stage and roles of its behaviours (and any stage or role it names). */
export function findingPlace(model: Pick<ModelDocument, "behaviours">, finding: Pick<Finding, "subjects">) {
  const behaviours = new Map(model.behaviours.map((b) => [b.key, b]));
  const roles = new Set<string>();
  let stage: string | undefined;
  for (const subject of finding.subjects) {
    const behaviour = subject.kind === "behaviour" ? behaviours.get(subject.key) : undefined;
    if (behaviour) {
      roles.add(behaviour.role);
      stage ??= behaviour.stage;
    }
    if (subject.kind === "role") roles.add(subject.key);
    if (subject.kind === "stage") stage ??= subject.key;
  }
  return { stage, roles: [...roles] };
}

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
