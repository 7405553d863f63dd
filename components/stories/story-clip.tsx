import type { ClipView } from "@/lib/stories/clip-view";
import "./story-clip.css";

/**
 * The customer's own voice: a native player (keyboard and screen reader ready) with the captions as the
 * default track and the transcript behind a disclosure. preload="none": a page of many stories fetches
 * nothing until someone presses play. Browsers draw no captions for <audio>, so audio with captions plays
 * in a <video> whose picture is a band for the captions.
 */
export function StoryClip({ clip, customer }: { clip: ClipView; customer: string }) {
  const label = `${clip.kind === "video" ? "Video" : "Audio"} of ${customer} telling their story`;
  const source = <source src={clip.url} type={clip.mediaType} />;
  const track = clip.captionsUrl ? (
    <track kind="captions" src={clip.captionsUrl} srcLang="en" label="Captions" default />
  ) : null;
  return (
    <div className={`story-clip ${clip.kind}`} data-testid="story-clip">
      {clip.kind === "audio" && !track ? (
        <audio controls preload="none" aria-label={label}>
          {source}
        </audio>
      ) : (
        <video
          controls
          preload="none"
          aria-label={label}
          playsInline
          className={clip.kind === "audio" ? "caption-band" : ""}
        >
          {source}
          {track}
        </video>
      )}
      {clip.transcript && (
        <details className="story-clip-transcript">
          <summary>Transcript</summary>
          <p>{clip.transcript}</p>
        </details>
      )}
    </div>
  );
}
