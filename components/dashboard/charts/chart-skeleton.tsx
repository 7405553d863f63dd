/**
 * What a chart's place shows while its drawing code loads: the chart's own height (the box around it is
 * sized), a quiet shimmer, and words for screen readers — never an empty frame.
 */
export function ChartSkeleton() {
  return (
    <div className="chart-skeleton" role="status">
      <span className="sr-only">Drawing the chart…</span>
    </div>
  );
}
