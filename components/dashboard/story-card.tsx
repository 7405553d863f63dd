import { StoryClipSlot } from "@/components/stories/story-clip-slot";
import type { ClipView } from "@/lib/stories/clip-view";

type StoryShape = {
  /** With a key the card plays the story's clip, if it has one. */
  key?: string;
  customer: string;
  narrative: string;
  sentiment: "positive" | "negative";
  source: "interview" | "complaint" | "ride-along" | "workshop";
  pseudonym?: boolean;
  /** The clip when the page has loaded it (null: none); left out, the card asks for it. */
  clip?: ClipView | null;
};

const SOURCE_LABELS: Record<StoryShape["source"], string> = {
  interview: "interview",
  complaint: "complaint",
  "ride-along": "ride-along",
  workshop: "workshop",
};

export function initials(name: string): string {
  const words = name
    .replace(/^(mr|mrs|ms|mx|dr)\.?\s+/i, "")
    .split(/\s+/)
    .filter(Boolean);
  return ((words[0]?.[0] ?? "") + (words.length > 1 ? (words[words.length - 1]![0] ?? "") : "")).toUpperCase() || "?";
}

/** A customer story beside a number: the human face of it (DESIGN §3). */
export function StoryCard({
  story,
  stageName,
  roleNames,
  photo,
}: {
  story: StoryShape;
  stageName?: string;
  roleNames?: string[];
  photo?: string | null;
}) {
  return (
    <figure className={`story-card ${story.sentiment}`} data-testid="story">
      {photo ? (
        // eslint-disable-next-line @next/next/no-img-element -- a stored data URL, not an optimisable asset
        <img className="avatar" src={photo} alt="" width={44} height={44} />
      ) : (
        <span className="avatar" aria-hidden="true">
          {initials(story.customer)}
        </span>
      )}
      <div>
        <blockquote>“{story.narrative}”</blockquote>
        <figcaption>
          <strong>{story.customer}</strong>
          {story.pseudonym && <span className="muted"> (name changed)</span>}
          <span className="muted">
            {" "}
            · {story.sentiment === "positive" ? "a good experience" : "a bad experience"}
            {stageName ? ` · ${stageName}` : ""}
            {roleNames?.length ? ` · ${roleNames.join(", ")}` : ""} · {SOURCE_LABELS[story.source]}
          </span>
        </figcaption>
        {(story.key || story.clip) && (
          <StoryClipSlot storyKey={story.key} customer={story.customer} clip={story.clip} />
        )}
      </div>
    </figure>
  );
}
