/** A workshop moment of the organisation, read on the server (never taken from a request), or 404. */
import { NotFoundError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { workshopOf } from "./workshop-of";

export type MomentOf = {
  workshopId: string;
  workshopName: string;
  momentId: string;
  moment: "best" | "worst";
  story: string;
  why: string;
  storyKey: string | null;
};

export async function momentOf(access: OrgAccess, workshopId: string, momentId: string): Promise<MomentOf> {
  assertCan(access, "organisation:read");
  const workshop = await workshopOf(access, workshopId);
  const moment = await access.db.workshopEntry.findFirst({ where: { id: momentId, workshopId: workshop.id } });
  if (!moment) throw new NotFoundError("Moment");
  return {
    workshopId: workshop.id,
    workshopName: workshop.name,
    momentId: moment.id,
    moment: moment.moment,
    story: moment.story,
    why: moment.why,
    // An empty key is a claim in progress: already on its way to being a story.
    storyKey: moment.storyKey,
  };
}
