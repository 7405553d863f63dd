import type { Metadata } from "next";
import Link from "next/link";
import { SeverityBadge } from "@/components/findings/severity-badge";
import { StoryCard } from "@/components/dashboard/story-card";
import { FullScreenButton } from "@/components/room/full-screen-button";
import { ForStageInFront, RoomControls, RoomPager, RoomStages, RoomStageSlot } from "@/components/room/room-pager";
import { StoryQrCode } from "@/components/room/story-qr-code";
import { firstSentence } from "@/lib/findings/finding-anchor";
import { ROOM_LIMITS } from "@/lib/dashboard/rules/customer-room";
import { getCustomerRoom } from "@/lib/dashboard/get-customer-room";
import { roomQuery } from "@/lib/dashboard/input";
import { orgPage } from "@/lib/access/page-gates";
import { loadEnv } from "@/lib/config/load-env";
import { paperworkPiles, type PaperworkPile as PaperworkPileData } from "@/lib/obstacles/paperwork-pile";
import { wordFor } from "@/lib/text/plural";
import "@/components/room/customer-room.css";

export const metadata: Metadata = { title: "Customer room" };

/** What a column leaves out, counted, so the wall never runs below the screen without saying so. */
function more(count: number, what = "") {
  return count > 0 ? <p className="room-more">{`and ${count} more${what ? ` ${what}` : ""}`}</p> : null;
}

/**
 * What gets in customers' way at a stage: the processes and systems found obstructing, and the stage's
 * "paperwork pile" — its open obstacle reports, counted, their titles on one line (never who reported them).
 * The pile takes one of the column's obstacle lines, so the column keeps its height on the wall.
 */
function InTheirWay({
  org,
  stageName,
  obstacles,
  moreObstacles,
  pile,
}: {
  org: string;
  stageName: string;
  obstacles: string[];
  moreObstacles: number;
  pile: PaperworkPileData | undefined;
}) {
  const shown = pile ? obstacles.slice(0, ROOM_LIMITS.obstacles - 1) : obstacles;
  const hidden = moreObstacles + obstacles.length - shown.length;
  if (shown.length === 0 && !pile) return <p className="muted">No obstructing process or system found.</p>;
  return (
    <>
      <ul className="room-list">
        {shown.map((o) => (
          <li key={o}>{o}</li>
        ))}
        {pile && (
          <li className="room-pile" data-testid="paperwork-pile">
            <Link href={`/orgs/${org}/obstacles`}>
              Paperwork pile: <strong data-testid="paperwork-count">{pile.count}</strong> open{" "}
              {wordFor(pile.count, "report")}
              <span className="sr-only"> of obstacles at {stageName}</span>
            </Link>{" "}
            — {pile.titles.join(", ")}
          </li>
        )}
      </ul>
      {more(hidden)}
    </>
  );
}

/**
 * The customer room (DESIGN §5): the lifecycle as a wall, built to be walked along in a meeting — each
 * stage's customers in their own words, what gets in their way, and the conflicts found there. On a wall
 * it shows as many stages as fit at large type and pages through them; on a phone it is a list.
 */
export default orgPage("organisation:read", async (access, { org }, query) => {
  const [{ stages, mostSevere }, piles] = await Promise.all([getCustomerRoom(access), paperworkPiles(access)]);
  const asked = roomQuery.parse(query);
  const initialStage = Math.max(
    0,
    stages.findIndex((s) => s.key === asked.stage),
  );
  const newStoryUrl = (stage: string) =>
    new URL(`/orgs/${org}/stories/new?stage=${encodeURIComponent(stage)}`, loadEnv().NEXTAUTH_URL).toString();
  return (
    <RoomPager
      stages={stages.map((s) => ({ key: s.key, name: s.name }))}
      initialStage={initialStage}
      initialPlay={asked.play ?? null}
    >
      <div id="customer-room" className="customer-room">
        <div className="room-header">
          <div className="room-title">
            <h1>{access.organisation.name}: the customer&apos;s journey</h1>
            <div className="room-actions">
              <FullScreenButton targetId="customer-room" />
              <Link className="button secondary" href={`/orgs/${org}`}>
                Back to the dashboard
              </Link>
            </div>
          </div>
          <RoomControls />
          {stages.map((stage, i) => (
            <ForStageInFront key={stage.key} index={i}>
              <StoryQrCode url={newStoryUrl(stage.key)} stageName={stage.name} />
            </ForStageInFront>
          ))}
        </div>
        <RoomStages>
          {stages.map((stage, i) => (
            <RoomStageSlot
              key={stage.key}
              index={i}
              labelledBy={`stage-${stage.key}`}
              severe={stage.key === mostSevere}
            >
              <div className="room-stage-head">
                <h2 id={`stage-${stage.key}`}>
                  <span className="room-step" aria-hidden="true">
                    {i + 1}
                  </span>
                  {stage.name}
                </h2>
                <p className="room-alignment">
                  {stage.key === mostSevere && (
                    <strong className="room-severe-flag" data-testid="most-severe">
                      Most severe conflicts
                    </strong>
                  )}{" "}
                  {stage.alignment === null
                    ? "No approved behaviours yet"
                    : `${stage.alignment} % of behaviours aligned`}
                </p>
                <a href={newStoryUrl(stage.key)} className="room-phone-add">
                  Add a story about {stage.name}
                </a>
              </div>
              <h3>Customers say</h3>
              {stage.stories.length === 0 ? (
                <p className="muted">No stories yet — who could we ask?</p>
              ) : (
                stage.stories.map((story) => <StoryCard key={story.key} story={story} />)
              )}
              {more(stage.moreStories, wordFor(stage.moreStories, "story", "stories"))}
              <h3>What gets in their way</h3>
              <InTheirWay
                org={org}
                stageName={stage.name}
                obstacles={stage.obstacles}
                moreObstacles={stage.moreObstacles}
                pile={piles.get(stage.key)}
              />
              <h3>Conflicts found here</h3>
              {stage.conflicts.total === 0 ? (
                <p className="muted">None.</p>
              ) : (
                <>
                  <p>
                    <Link href={`/orgs/${org}/findings?stage=${stage.key}`}>
                      <strong>{stage.conflicts.total}</strong> {wordFor(stage.conflicts.total, "finding")}
                      <span className="sr-only"> at {stage.name}</span>
                      {stage.conflicts.bySeverity.critical ? `, ${stage.conflicts.bySeverity.critical} critical` : ""}
                    </Link>
                  </p>
                  <ul className="room-list room-conflicts">
                    {stage.conflicts.top.map((finding) => (
                      <li key={finding.id}>
                        <SeverityBadge severity={finding.severity} /> {firstSentence(finding.explanation)}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </RoomStageSlot>
          ))}
        </RoomStages>
      </div>
    </RoomPager>
  );
});
