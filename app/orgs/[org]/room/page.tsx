import type { Metadata } from "next";
import Link from "next/link";
import { SeverityBadge } from "@/components/findings/severity-badge";
import { StoryCard } from "@/components/dashboard/story-card";
import { FullScreenButton } from "@/components/room/full-screen-button";
import { firstSentence } from "@/lib/findings/finding-anchor";
import { getCustomerRoom } from "@/lib/dashboard/get-customer-room";
import { orgPage } from "@/lib/access/page-gates";

export const metadata: Metadata = { title: "Customer room" };

/**
 * The customer room (DESIGN §5): the lifecycle as a wall, built to be walked along in a meeting — each
 * stage's customers in their own words, what gets in their way, and the conflicts found there.
 */
export default orgPage("organisation:read", async (access, { org }) => {
  const stages = await getCustomerRoom(access);
  return (
    <div id="customer-room" className="customer-room">
      <div className="room-header">
        <div>
          <h1>{access.organisation.name}: the customer&apos;s journey</h1>
          <p>
            Walk it stage by stage: who the customers are, what they go through, and where our own measures work against
            them.
          </p>
        </div>
        <div className="row-actions">
          <FullScreenButton targetId="customer-room" />
          <Link className="button secondary small" href={`/orgs/${org}`}>
            Back to the dashboard
          </Link>
        </div>
      </div>
      <ol className="room-stages">
        {stages.map((stage, i) => (
          <li key={stage.key} className="room-stage" aria-labelledby={`stage-${stage.key}`} data-testid="room-stage">
            <div className="room-stage-head">
              <span className="room-step" aria-hidden="true">
                {i + 1}
              </span>
              <h2 id={`stage-${stage.key}`}>{stage.name}</h2>
              <p className="muted">
                {stage.alignment === null ? "no approved behaviours yet" : `${stage.alignment} % of behaviours aligned`}
              </p>
            </div>
            <h3>Customers say</h3>
            {stage.stories.length === 0 ? (
              <p className="muted">No stories yet — who could we ask?</p>
            ) : (
              stage.stories.map((story) => <StoryCard key={story.key} story={story} />)
            )}
            <h3>What gets in their way</h3>
            {stage.obstacles.length === 0 ? (
              <p className="muted">No obstructing process or system found.</p>
            ) : (
              <ul>
                {stage.obstacles.map((o) => (
                  <li key={o}>{o}</li>
                ))}
              </ul>
            )}
            <h3>Conflicts found here</h3>
            {stage.conflicts.total === 0 ? (
              <p className="muted">None.</p>
            ) : (
              <>
                <p>
                  <strong>{stage.conflicts.total}</strong> finding{stage.conflicts.total === 1 ? "" : "s"}
                  {stage.conflicts.bySeverity.critical ? `, ${stage.conflicts.bySeverity.critical} critical` : ""}
                </p>
                <ul className="plain-list">
                  {stage.conflicts.top.map((finding) => (
                    <li key={finding.id}>
                      <SeverityBadge severity={finding.severity} /> {firstSentence(finding.explanation)}
                    </li>
                  ))}
                </ul>
                <Link href={`/orgs/${org}/findings?stage=${stage.key}`}>All findings at {stage.name}</Link>
              </>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
});
