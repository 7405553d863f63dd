import { DIMENSION_NAMES } from "@/lib/diagnostic/dimension-names";
import type { SegmentResult } from "@/lib/diagnostic/score-results";
import { TableScroll } from "@/components/ui/table-scroll";

/** Every statement's figures for everyone: n, mean (recoded 1–5), favourable and unfavourable shares. */
export function StatementTable({
  total,
  statementText,
}: {
  total: Extract<SegmentResult, { shown: true }>;
  statementText: Map<string, string>;
}) {
  return (
    <section className="card" aria-labelledby="statements-heading">
      <h2 id="statements-heading">Statements</h2>
      <p className="hint">
        Negatively phrased statements are recoded, so a higher mean is always better. Favourable = agree or strongly
        agree (4–5); unfavourable = 1–2.
      </p>
      <TableScroll label="Statements">
        <table className="stack-on-phone compact" data-testid="statement-table">
          <thead>
            <tr>
              <th scope="col">Statement</th>
              <th scope="col">Dimension</th>
              <th scope="col">n</th>
              <th scope="col">Mean</th>
              <th scope="col">Favourable</th>
              <th scope="col">Unfavourable</th>
            </tr>
          </thead>
          <tbody>
            {total.items.map((item) => (
              <tr key={item.key}>
                <th scope="row" style={{ fontWeight: 400, maxWidth: "28rem" }}>
                  {statementText.get(item.key) ?? item.key}
                </th>
                <td data-label="Dimension">{DIMENSION_NAMES[item.dimension]}</td>
                {item.shown ? (
                  <>
                    <td data-label="n">{item.n}</td>
                    <td data-label="Mean">{item.mean}</td>
                    <td data-label="Favourable">{item.favourable} %</td>
                    <td data-label="Unfavourable">{item.unfavourable} %</td>
                  </>
                ) : (
                  <td colSpan={4} className="muted">
                    {item.reason}
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
