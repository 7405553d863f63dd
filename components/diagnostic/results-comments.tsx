import { DIMENSION_NAMES } from "@/lib/diagnostic/dimension-names";
import { DIMENSIONS } from "@/lib/diagnostic/instrument-schema";
import type { SegmentResult } from "@/lib/diagnostic/score-results";

/** Identical comments once, with how many wrote them, most frequent first (then alphabetically). */
function sameCommentsTogether(comments: string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const comment of comments) counts.set(comment, (counts.get(comment) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function CommentList({ segment }: { segment: Extract<SegmentResult, { shown: true }> }) {
  if (!segment.comments.shown) return <p className="muted">{segment.comments.reason}</p>;
  const byDimension = segment.comments.byDimension;
  if (DIMENSIONS.every((d) => byDimension[d].length === 0)) return <p className="muted">No comments.</p>;
  return (
    <>
      {DIMENSIONS.map((d) =>
        byDimension[d].length ? (
          <div key={d}>
            <h4>{DIMENSION_NAMES[d]}</h4>
            <ul>
              {sameCommentsTogether(byDimension[d]).map(([comment, count]) => (
                <li key={comment}>
                  {comment}
                  {count > 1 && <span className="muted"> (×{count})</span>}
                </li>
              ))}
            </ul>
          </div>
        ) : null,
      )}
    </>
  );
}

/** Comments, in sorted order, for everyone and for each segment large enough to show them. */
export function ResultsComments({
  total,
  segments,
  segmentName,
}: {
  total: SegmentResult;
  segments: SegmentResult[];
  segmentName: (key: string) => string;
}) {
  if (!total.shown) return null;
  return (
    <section className="card" aria-labelledby="comments-heading" data-testid="comments">
      <h2 id="comments-heading">Comments</h2>
      <h3>Everyone</h3>
      <CommentList segment={total} />
      {segments.map((segment) => (
        <details key={segment.key}>
          <summary>{segmentName(segment.key)}</summary>
          {segment.shown ? <CommentList segment={segment} /> : <p className="muted">{segment.reason}</p>}
        </details>
      ))}
    </section>
  );
}
