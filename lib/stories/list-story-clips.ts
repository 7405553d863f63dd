/** Every story's clip in the organisation, light (no story text or photos): what the room and dashboard play. */
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { clipView, clipViewSelect, type ClipView } from "./clip-view";

export type StoryClipEntry = { story: string; clip: ClipView };

export async function listStoryClips(access: OrgAccess): Promise<StoryClipEntry[]> {
  assertCan(access, "organisation:read");
  const clips = await access.db.storyClip.findMany({
    where: { organisationId: access.organisation.id, story: { organisationId: access.organisation.id } },
    select: { ...clipViewSelect, story: { select: { key: true } } },
    orderBy: { story: { key: "asc" } },
  });
  return clips.map(({ story, ...clip }) => ({
    story: story.key,
    clip: clipView(access.organisation.slug, story.key, clip),
  }));
}
