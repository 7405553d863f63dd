/** A workshop moment becomes a customer story (source: workshop, the name a pseudonym). */
import { ConflictError, NotFoundError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { createStory } from "@/lib/stories/create-story";
import { workshopOf } from "./workshop-of";

/**
 * Turns a remembered moment into a customer story (a pseudonymous "workshop participant"), once. One
 * transaction claims the moment, creates the story and records its key: should creating the story
 * fail, the claim is undone with it.
 */
export async function turnMomentIntoStory(
  access: OrgAccess,
  workshopId: string,
  momentId: string,
): Promise<{ key: string }> {
  assertCan(access, "workshops:run");
  await workshopOf(access, workshopId);
  return access.db.$transaction(async (tx) => {
    const moment = await tx.workshopEntry.findFirst({ where: { id: momentId, workshopId } });
    if (!moment) throw new NotFoundError("Moment");
    // Claimed first, so two clicks at once make one story, not two: the second waits for the first's
    // row lock, then finds the moment taken.
    const claimed = await tx.workshopEntry.updateMany({
      where: { id: moment.id, storyKey: null },
      data: { storyKey: "" },
    });
    if (claimed.count !== 1) throw new ConflictError("This moment is already a story.");
    const { key } = await createStory(
      access,
      {
        customer: `Workshop participant (${moment.moment} experience)`,
        pseudonym: true,
        narrative: `${moment.story} What made it ${moment.moment === "best" ? "good" : "bad"}: ${moment.why}`,
        stage: null,
        roles: [],
        sentiment: moment.moment === "best" ? "positive" : "negative",
        source: "workshop",
        photo: null,
      },
      tx,
    );
    await tx.workshopEntry.update({ where: { id: moment.id }, data: { storyKey: key } });
    return { key };
  });
}
