/**
 * Which departments a report's chart or heat map draws. A report for an organisation of 200 departments
 * drew ten pages of bars and a heat map of 200 columns that no one could read. So: every department when
 * they fit; else the top-level departments, whose figures hold their sub-departments'; else the ones with
 * the lowest 3P index, where attention is most needed. The sentence says what was left out and where
 * every figure is. Only disclosed figures choose the order, so the choice reveals nothing hidden. Pure.
 */
import type { SegmentResult } from "@/lib/diagnostic/disclosure/results-view";

export type InFocus<T> = {
  departments: T[];
  note: string | null;
  /** The departments stand in the tree's order, each sub-department under its parent: a chart indents them by depth. */
  inTree: boolean;
};

const WHERE_ALL = "every department's figures are on the wave's results page and in its CSV export";

export function departmentsInFocus<T extends { segment: SegmentResult }>(departments: T[], limit: number): InFocus<T> {
  if (departments.length <= limit) return { departments, note: null, inTree: true };
  const topLevel = departments.filter((d) => (d.segment.depth ?? 0) === 0);
  if (topLevel.length > 1 && topLevel.length <= limit)
    return {
      departments: topLevel,
      inTree: true,
      note: `The ${topLevel.length} top-level departments, each with its sub-departments (${departments.length} departments in all); ${WHERE_ALL}.`,
    };
  const pool = topLevel.length > 1 ? topLevel : departments;
  const index = (d: T) => (d.segment.shown && d.segment.index3P !== null ? d.segment.index3P : Infinity);
  const lowest = pool
    .map((d, order) => ({ d, order }))
    .sort((a, b) => index(a.d) - index(b.d) || a.order - b.order)
    .slice(0, limit)
    .map(({ d }) => d);
  return {
    departments: lowest,
    inTree: false,
    note: `The ${limit} ${pool === topLevel ? "top-level " : ""}departments with the lowest 3P index, of ${pool.length}; ${WHERE_ALL}.`,
  };
}
