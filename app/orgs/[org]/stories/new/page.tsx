import type { Metadata } from "next";
import Link from "next/link";
import { AddStoryForm } from "@/components/room/add-story-form";
import { can } from "@/lib/access/permissions";
import { orgPage } from "@/lib/access/page-gates";
import { roomQuery } from "@/lib/dashboard/input";
import { storyChoices } from "@/lib/stories/list-story-choices";

export const metadata: Metadata = { title: "Add a customer story" };

/**
 * Adding one story, on its own page: where the customer room's QR code leads (`?stage=` chooses the
 * stage), so a workshop participant can add what a customer told them from a phone. Signing in is asked
 * for as on any page; members whose role may not add stories are told so rather than shown a form.
 */
export default orgPage("organisation:read", async (access, { org }, query) => {
  const choices = await storyChoices(access);
  const stage = choices.stages.find((s) => s.key === roomQuery.parse(query).stage);
  const mayWrite = can(access.membership.role, "stories:write");
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Add a customer story</h1>
          <p>
            {stage ? `About the stage “${stage.name}”. ` : ""}What happened to a customer, in their words — it appears
            in the customer room and beside the numbers it explains.
          </p>
        </div>
        <div className="row-actions">
          <Link className="button secondary small" href={`/orgs/${org}/stories`}>
            All stories
          </Link>
        </div>
      </div>
      <section className="card" aria-label="New story">
        {mayWrite ? (
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
