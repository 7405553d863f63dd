/**
 * Customer stories (DESIGN §3): a named or pseudonymous customer, what happened in their words, the
 * stage and roles involved, positive or negative, where it came from — shown beside the numbers.
 */
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { type StorySource, storySourceFromDb } from "@/lib/model/rules/references";
import { clipView, clipViewSelect, type ClipView } from "./clip-view";

export type StoryView = {
  key: string;
  customer: string;
  pseudonym: boolean;
  narrative: string;
  stage: { key: string; name: string } | null;
  roles: { key: string; name: string }[];
  sentiment: "positive" | "negative";
  source: StorySource;
  photo: string | null;
  /** The customer's own voice, when a clip is attached. */
  clip: ClipView | null;
};

export async function listStories(access: OrgAccess): Promise<StoryView[]> {
  assertCan(access, "organisation:read");
  const stories = await access.db.story.findMany({
    where: { organisationId: access.organisation.id },
    orderBy: { key: "asc" },
    include: {
      stage: { select: { key: true, name: true } },
      roles: { include: { role: { select: { key: true, name: true } } } },
      clip: { select: clipViewSelect },
    },
  });
  return stories.map((s) => ({
    key: s.key,
    customer: s.customer,
    pseudonym: s.pseudonym,
    narrative: s.narrative,
    stage: s.stage,
    roles: s.roles.map((r) => r.role).sort((a, b) => a.name.localeCompare(b.name)),
    sentiment: s.sentiment,
    source: storySourceFromDb(s.source),
    photo: s.photo,
    clip: s.clip ? clipView(access.organisation.slug, s.key, s.clip) : null,
  }));
}
