/**
 * The results a member sees, built from a publication (its atoms and its disclosure plan) for a scope
 * and a breakdown. Every page, chart, export and route goes through here, so they all show the same
 * groups with the same figures; hidden ones say why and never how many people they hold. Pure.
 */
import { HIDDEN_REASONS } from "@/lib/diagnostic/rules/anonymity";
import { DIMENSIONS, type Dimension, type InstrumentItem } from "../instrument-schema";
import { GAP_CALLOUT, round1, threePIndex } from "@/lib/diagnostic/rules/scoring";
import { type Atom, accumulate, emptyAtom } from "./atoms";
import { ALL, type Catalogue, type Group, groupId, isWithin, LEVEL_ORDER, NOT_STATED } from "./group-catalogue";
import type { DisclosurePlan, Thresholds } from "./plan-disclosure";

export type Hidden = { shown: false; reason: string };
export type ShownItem = {
  key: string;
  dimension: Dimension;
  shown: true;
  n: number;
  mean: number;
  favourable: number;
  unfavourable: number;
};
export type ShownDimension = { shown: true; index: number; respondents: number };
export type SegmentResult =
  | { key: string; shown: false; reason: string; depth?: number }
  | {
      key: string;
      /** In a breakdown by department: how deep the department sits (0 for a top-level one). */
      depth?: number;
      respondents: number;
      shown: true;
      index3P: number | null;
      dimensions: Record<Dimension, ShownDimension | Hidden>;
      items: (ShownItem | ({ key: string; dimension: Dimension } & Hidden))[];
      comments: CommentsResult;
    };
export type CommentsResult = { shown: true; byDimension: Record<Dimension, string[]> } | Hidden;
export type BreakdownField = "department" | "role" | "level";
export type GapResult =
  | { dimension: Dimension; shown: true; gap: number; calledOut: boolean; leader: number; frontline: number }
  | ({ dimension: Dimension } & Hidden);
export type Results = {
  k: number;
  total: SegmentResult;
  breakdown?: { by: BreakdownField; segments: SegmentResult[]; note?: string };
  gaps: GapResult[];
};

/** What a view is built from. */
export type Publication = {
  catalogue: Catalogue;
  plan: DisclosurePlan;
  thresholds: Thresholds;
  items: readonly InstrumentItem[];
  /** Comments of the atoms given (only asked for groups whose comments the plan shows). */
  comments?: (atoms: readonly Atom[]) => Record<Dimension, string[]>;
  /** False while a wave is open: comments wait for it to close. */
  commentsReleased: boolean;
};

/** Whose results a member may read: everyone's, or some departments' (with their sub-departments). */
export type ReaderScope = { kind: "everyone" } | { kind: "departments"; keys: readonly string[] };
/** A drill-down to one department or role, within the reader's scope. */
export type Focus = { kind: "department" | "role"; key: string } | null;

export class OutsideScopeError extends Error {}

type Shown = {
  groups: Set<string>;
  items: Map<string, Set<string>>;
  dimensions: Record<Dimension, Set<string>>;
  comments: Set<string>;
};

function shownSets(plan: DisclosurePlan): Shown {
  return {
    groups: new Set(plan.groups),
    items: new Map(Object.entries(plan.items).map(([key, ids]) => [key, new Set(ids)])),
    dimensions: Object.fromEntries(DIMENSIONS.map((d) => [d, new Set(plan.dimensions[d])])) as Record<
      Dimension,
      Set<string>
    >,
    comments: new Set(plan.comments),
  };
}

function sumOf(catalogue: Catalogue, groups: readonly Group[]): Atom {
  const total = emptyAtom({ department: null, role: null, level: null });
  for (const group of groups) for (const index of group.atoms) accumulate(total, catalogue.atoms[index]!);
  return total;
}

/**
 * Figures of one group — or of several disjoint groups added up (a department head's departments),
 * which shows only what each of them shows, so it reveals nothing their own figures do not.
 */
function segmentOf(publication: Publication, shown: Shown, key: string, parts: readonly Group[]): SegmentResult {
  const { k, commentK } = publication.thresholds;
  const sums = sumOf(publication.catalogue, parts);
  if (parts.length === 0 || !parts.every((g) => shown.groups.has(g.id))) {
    return {
      key,
      shown: false,
      reason: sums.respondents < k ? HIDDEN_REASONS["too-few-respondents"](k) : HIDDEN_REASONS.complementary(k),
    };
  }
  const everywhere = (set: Set<string> | undefined) => parts.every((g) => set?.has(g.id) ?? false);
  const dimensions = {} as Record<Dimension, ShownDimension | Hidden>;
  const indices: (number | null)[] = [];
  for (const d of DIMENSIONS) {
    const { respondents, sumOfScores } = sums.dimensions[d];
    if (respondents >= k && everywhere(shown.dimensions[d])) {
      const index = round1((sumOfScores / respondents - 1) * 25);
      dimensions[d] = { shown: true, index, respondents };
      indices.push(index);
    } else {
      dimensions[d] = {
        shown: false,
        reason: respondents < k ? HIDDEN_REASONS["figure-too-few"](k) : HIDDEN_REASONS["figure-complementary"](k),
      };
      indices.push(null);
    }
  }
  const items = publication.items.map((item) => {
    const f = sums.items[item.key] ?? { n: 0, sum: 0, favourable: 0, unfavourable: 0 };
    if (f.n < k || !everywhere(shown.items.get(item.key))) {
      return {
        key: item.key,
        dimension: item.dimension,
        shown: false as const,
        reason: f.n < k ? HIDDEN_REASONS["figure-too-few"](k) : HIDDEN_REASONS["figure-complementary"](k),
      };
    }
    return {
      key: item.key,
      dimension: item.dimension,
      shown: true as const,
      n: f.n,
      mean: round1(f.sum / f.n),
      favourable: round1((100 * f.favourable) / f.n),
      unfavourable: round1((100 * f.unfavourable) / f.n),
    };
  });
  let comments: CommentsResult;
  if (!publication.commentsReleased) comments = { shown: false, reason: HIDDEN_REASONS["comments-after-close"]() };
  else if (sums.respondents < commentK)
    comments = { shown: false, reason: HIDDEN_REASONS["comments-too-few"](commentK) };
  else if (!everywhere(shown.comments) || !publication.comments)
    comments = { shown: false, reason: HIDDEN_REASONS["comments-complementary"](commentK) };
  else {
    const texts = publication.comments(parts.flatMap((g) => g.atoms.map((i) => publication.catalogue.atoms[i]!)));
    // Sorted, so the order says nothing about who wrote what.
    comments = {
      shown: true,
      byDimension: Object.fromEntries(DIMENSIONS.map((d) => [d, [...texts[d]].sort()])) as Record<Dimension, string[]>,
    };
  }
  return {
    key,
    respondents: sums.respondents,
    shown: true,
    index3P: threePIndex(indices),
    dimensions,
    items,
    comments,
  };
}

const segmentKey = (group: Group) => group.key ?? NOT_STATED;

/** Departments in tree order (each before its sub-departments), then by key. */
export function treeOrder(catalogue: Catalogue, groups: Group[]): Group[] {
  const path = (group: Group): string[] => {
    const keys: string[] = [];
    for (
      let at: Group | undefined = group;
      at && at.kind !== "all";
      at = at.parent ? catalogue.byId.get(at.parent) : undefined
    )
      keys.unshift(segmentKey(at));
    return keys;
  };
  return [...groups].sort((a, b) => {
    const [x, y] = [path(a), path(b)];
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
    return x.length - y.length;
  });
}

/**
 * The results for a reader's scope, optionally drilled down to one department or role, with a
 * breakdown. Levels (and so the leader–frontline gaps) are reported for the whole wave only: within
 * a department they would cross its roles, which is how small groups get worked out.
 */
export function viewResults(
  publication: Publication,
  scope: ReaderScope,
  focus: Focus = null,
  by?: BreakdownField,
): Results {
  const { catalogue } = publication;
  const shown = shownSets(publication.plan);
  const k = publication.thresholds.k;
  const all = catalogue.byId.get(ALL);
  const readable = (group: Group): boolean => {
    if (scope.kind === "everyone") return true;
    if (group.kind === "level" || group.kind === "all") return false;
    return scope.keys.some((key) => {
      const root = catalogue.byId.get(groupId("department", key));
      return root !== undefined && isWithin(catalogue, group, root);
    });
  };
  let parts: Group[];
  let totalKey = "all";
  if (focus) {
    const group = catalogue.byId.get(groupId(focus.kind, focus.key));
    if (group && !readable(group)) throw new OutsideScopeError();
    if (!group) {
      const empty = { key: focus.key, shown: false as const, reason: HIDDEN_REASONS["too-few-respondents"](k) };
      return { k, total: empty, gaps: [], ...(by ? { breakdown: { by, segments: [] } } : {}) };
    }
    parts = [group];
    totalKey = focus.key;
  } else if (scope.kind === "everyone") {
    parts = all ? [all] : [];
  } else {
    const roots = scope.keys
      .map((key) => catalogue.byId.get(groupId("department", key)))
      .filter((g): g is Group => g !== undefined);
    parts = roots.filter((g) => !roots.some((other) => other !== g && isWithin(catalogue, g, other)));
    totalKey = parts.length === 1 ? segmentKey(parts[0]!) : "your departments";
  }
  const total = segmentOf(publication, shown, totalKey, parts);
  const whole = parts.length === 1 && parts[0]!.kind === "all";
  const results: Results = { k, total, gaps: whole ? gaps(publication, shown) : [] };
  if (by) {
    if (by === "level" && !whole) {
      results.breakdown = {
        by,
        segments: [],
        note: "Levels are reported for the whole organisation only, so that small teams' leaders cannot be singled out.",
      };
    } else {
      const inside = (g: Group) =>
        parts.some((p) => isWithin(catalogue, g, p)) && !(parts.length === 1 && g.id === parts[0]!.id);
      let groups = catalogue.groups.filter((g) => g.kind === by && (by === "level" || inside(g)) && readable(g));
      groups =
        by === "department"
          ? treeOrder(catalogue, groups)
          : by === "level"
            ? LEVEL_ORDER.map((l) => groups.find((g) => g.key === l)).filter((g): g is Group => g !== undefined)
            : groups.sort((a, b) => (segmentKey(a) < segmentKey(b) ? -1 : 1));
      results.breakdown = {
        by,
        segments: groups.map((g) =>
          by === "department"
            ? { ...segmentOf(publication, shown, segmentKey(g), [g]), depth: g.depth - 1 }
            : segmentOf(publication, shown, segmentKey(g), [g]),
        ),
      };
    }
  }
  return results;
}

/**
 * Why a leader–frontline gap is hidden: the true reason of the side (or sides) hidden — too few people, or
 * a figure that subtraction would expose — not a rule of thumb that may not be the one that applied.
 */
export function gapHiddenReason(leaders: string | null, frontline: string | null): string {
  const plain = (reason: string) => reason.replace(/^Hidden: /, "");
  if (leaders !== null && frontline !== null && leaders === frontline)
    return `Hidden for leaders and frontline: ${plain(leaders)}`;
  const parts = [
    leaders !== null ? `for leaders: ${plain(leaders)}` : null,
    frontline !== null ? `for the frontline: ${plain(frontline)}` : null,
  ].filter((part) => part !== null);
  return `Hidden ${parts.join(" And ")}`;
}

/** Leader − frontline per dimension, where both levels' figures are shown. */
function gaps(publication: Publication, shown: Shown): GapResult[] {
  const { catalogue } = publication;
  const k = publication.thresholds.k;
  const level = (key: string) => {
    const group = catalogue.byId.get(groupId("level", key));
    return group ? segmentOf(publication, shown, key, [group]) : null;
  };
  const leaders = level("leader");
  const frontline = level("frontline");
  // Why one side's figure is hidden, in that group's own words (a level no one answered for reads as too few).
  const whyHidden = (segment: SegmentResult | null, dimension: Dimension): string | null => {
    if (segment === null) return HIDDEN_REASONS["too-few-respondents"](k);
    if (!segment.shown) return segment.reason;
    const figure = segment.dimensions[dimension];
    return figure.shown ? null : figure.reason;
  };
  return DIMENSIONS.map((dimension) => {
    const a = leaders?.shown ? leaders.dimensions[dimension] : undefined;
    const b = frontline?.shown ? frontline.dimensions[dimension] : undefined;
    if (!a?.shown || !b?.shown)
      return {
        dimension,
        shown: false,
        reason: gapHiddenReason(whyHidden(leaders, dimension), whyHidden(frontline, dimension)),
      };
    const gap = round1(a.index - b.index);
    return {
      dimension,
      shown: true,
      gap,
      calledOut: Math.abs(gap) >= GAP_CALLOUT,
      leader: a.index,
      frontline: b.index,
    };
  });
}
