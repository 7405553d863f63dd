/** A workshop moment becomes a customer story (source: workshop, the name a pseudonym), at a stage. */
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { createStory } from "@/lib/stories/create-story";
import type { StoryInput } from "@/lib/stories/input";
import { workshopOf } from "./workshop-of";

/**
 * Turns a remembered moment into the customer story the user wrote from it, once. A stage is required:
 * a story without one never reaches the customer room. One transaction claims the moment, creates the
 * story and records its key: should creating the story fail, the claim is undone with it.
 */
export async function turnMomentIntoStory(
  access: OrgAccess,
  workshopId: string,
  momentId: string,
  input: StoryInput,
): Promise<{ key: string }> {
  assertCan(access, "workshops:run");
  await workshopOf(access, workshopId);
  if (!input.stage) throw new ValidationError("stage", "Choose the stage this moment belongs to (none was chosen)");
  return access.db.$transaction(async (tx) => {
    const moment = await tx.workshopEntry.findFirst({ where: { id: momentId, workshopId } });
    if (!moment) throw new NotFoundError("Moment");
    // Claimed first, so two saves at once make one story, not two: the second waits for the first's
    // row lock, then finds the moment taken.
    const claimed = await tx.workshopEntry.updateMany({
      where: { id: moment.id, storyKey: null },
      data: { storyKey: "" },
    });
    if (claimed.count !== 1) throw new ConflictError("This moment is already a story.");
    // Participants are anonymous and the moment was told in a workshop, whatever the request says.
    const { key } = await createStory(access, { ...input, pseudonym: true, source: "workshop" }, tx);
    await tx.workshopEntry.update({ where: { id: moment.id }, data: { storyKey: key } });
    return { key };
  });
}
