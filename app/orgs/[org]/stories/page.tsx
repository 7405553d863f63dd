import type { Metadata } from "next";
import Link from "next/link";
import { StoryCard } from "@/components/dashboard/story-card";
import { StoryActions, StoryForm } from "@/components/stories/story-form";
import { can } from "@/lib/access/permissions";
import { orgPage } from "@/lib/access/page-gates";
import { mediaMaxBytes } from "@/lib/media/store-from-env";
import { listStories } from "@/lib/stories/list-stories";
import { storyChoices } from "@/lib/stories/list-story-choices";

export const metadata: Metadata = { title: "Customer stories" };

export default orgPage("organisation:read", async (access, { org }) => {
  const [stories, choices] = await Promise.all([listStories(access), storyChoices(access)]);
  const mayWrite = can(access.membership.role, "stories:write");
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Customer stories</h1>
          <p>
            What happened to real customers, in their words. The dashboards show them beside the numbers they explain:
            by stage and by the roles involved.
          </p>
        </div>
        <div className="row-actions">
          <Link className="button secondary small" href={`/orgs/${org}/workshops`}>
            Empathy workshops
          </Link>
          <Link className="button secondary small" href={`/orgs/${org}/exposure`}>
            Customer exposure
          </Link>
          <Link className="button secondary small" href={`/orgs/${org}/obstacles`}>
            Obstacle reports
          </Link>
        </div>
      </div>
      {stories.length === 0 && <p className="card muted">No stories yet.</p>}
      <div className="dashboard-grid">
        {stories.map((story) => (
          <section key={story.key} className="card" aria-label={`Story of ${story.customer}`} data-testid="story-entry">
            <StoryCard
              story={story}
              photo={story.photo}
              stageName={story.stage?.name}
              roleNames={story.roles.map((r) => r.name)}
            />
            {mayWrite && <StoryActions org={org} choices={choices} story={story} clipMaxBytes={mediaMaxBytes()} />}
          </section>
        ))}
      </div>
      {mayWrite && (
        <section className="card" aria-labelledby="new-story" style={{ marginTop: "1.25rem" }}>
          <h2 id="new-story">Add a story</h2>
          <StoryForm org={org} choices={choices} />
        </section>
      )}
    </>
  );
});
