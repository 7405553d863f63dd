import type { Metadata } from "next";
import Link from "next/link";
import { AddStoryForm } from "@/components/room/add-story-form";
import { StoryForm } from "@/components/stories/story-form";
import { can } from "@/lib/access/permissions";
import { assertCan } from "@/lib/access/org-access";
import { orgPage } from "@/lib/access/page-gates";
import { roomQuery } from "@/lib/dashboard/input";
import { storyChoices } from "@/lib/stories/list-story-choices";
import { momentInQuery } from "@/lib/workshops/input";
import { momentStoryDraft } from "@/lib/workshops/moment-drafts";
import { momentOf } from "@/lib/workshops/moment-of";

export const metadata: Metadata = { title: "Add a customer story" };

/**
 * Adding one story, on its own page: where the customer room's QR code leads (`?stage=` chooses the
 * stage), so a workshop participant can add what a customer told them from a phone. Signing in is asked
 * for as on any page; members whose role may not add stories are told so rather than shown a form.
 * With `?workshop=&moment=`, the story is written from a workshop moment, read here on the server.
 */
export default orgPage("organisation:read", async (access, { org }, query) => {
  const choices = await storyChoices(access);
  const stage = choices.stages.find((s) => s.key === roomQuery.parse(query).stage);
  const from = momentInQuery(query);
  if (from) assertCan(access, "workshops:run");
  const moment = from ? await momentOf(access, from.workshop, from.moment) : null;
  const mayWrite = can(access.membership.role, "stories:write");
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{moment ? "Make a workshop moment a customer story" : "Add a customer story"}</h1>
          <p>
            {moment
              ? `From the workshop “${moment.workshopName}”. Choose the stage it belongs to — that is where it appears in the customer room — and edit the words as you wish.`
              : `${stage ? `About the stage “${stage.name}”. ` : ""}What happened to a customer, in their words — it appears in the customer room and beside the numbers it explains.`}
          </p>
        </div>
        <div className="row-actions">
          <Link className="button secondary small" href={moment ? `/orgs/${org}/workshops` : `/orgs/${org}/stories`}>
            {moment ? "Back to the workshops" : "All stories"}
          </Link>
        </div>
      </div>
      <section className="card" aria-label="New story">
        {moment && moment.storyKey !== null ? (
          <p>
            This moment is already a customer story. <Link href={`/orgs/${org}/stories`}>See the stories</Link>
          </p>
        ) : moment ? (
          <StoryForm
            org={org}
            choices={choices}
            initialStage={stage?.key ?? null}
            fromMoment={{ workshopId: moment.workshopId, momentId: moment.momentId, draft: momentStoryDraft(moment) }}
          />
        ) : mayWrite ? (
          <AddStoryForm org={org} choices={choices} stage={stage?.key ?? null} />
        ) : (
          <p>
            Your role can read stories but not add them. Tell the person running the session what the customer said, and
            they can add it for you.
          </p>
        )}
      </section>
    </>
  );
});
