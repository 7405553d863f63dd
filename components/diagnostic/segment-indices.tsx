import { DIMENSION_NAMES } from "@/lib/diagnostic/dimension-names";
import { DIMENSIONS } from "@/lib/diagnostic/instrument-schema";
import type { SegmentResult } from "@/lib/diagnostic/score-results";
import { TableScroll } from "@/components/ui/table-scroll";

/** The 3P index and each dimension per segment of the breakdown; hidden segments say why. */
export function SegmentIndices({
  segments,
  by,
  segmentName,
}: {
  segments: SegmentResult[];
  by: string;
  segmentName: (key: string) => string;
}) {
  return (
    <section className="card" aria-labelledby="indices-heading">
      <h2 id="indices-heading">Indices by {by}</h2>
      <TableScroll label={`Indices by ${by}`}>
        <table className="stack-on-phone compact" data-testid="segment-indices">
          <thead>
            <tr>
              <th scope="col">{by[0]!.toUpperCase() + by.slice(1)}</th>
              <th scope="col">Respondents</th>
              <th scope="col">3P index</th>
              {DIMENSIONS.map((d) => (
                <th key={d} scope="col">
                  {DIMENSION_NAMES[d]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {segments.map((segment) => (
              <tr key={segment.key}>
                <th scope="row" style={segment.depth ? { paddingLeft: `${0.6 + 1.1 * segment.depth}rem` } : undefined}>
                  {segmentName(segment.key)}
                </th>
                {segment.shown ? (
                  <>
                    <td data-label="Respondents">{segment.respondents}</td>
                    <td data-label="3P index">
                      <strong>{segment.index3P ?? "—"}</strong>
                    </td>
                    {DIMENSIONS.map((d) => {
                      const figure = segment.dimensions[d];
                      return figure.shown ? (
                        <td key={d} data-label={DIMENSION_NAMES[d]}>
                          {figure.index}
                        </td>
                      ) : (
                        <td key={d} className="muted" title={figure.reason} data-label={DIMENSION_NAMES[d]}>
                          hidden
                        </td>
                      );
                    })}
                  </>
                ) : (
                  <td colSpan={2 + DIMENSIONS.length} className="muted">
                    {segment.reason}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
