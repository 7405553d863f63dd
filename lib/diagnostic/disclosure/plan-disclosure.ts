/**
 * Which groups a wave's results show, and within each which statements, dimensions and comments —
 * decided once per publication and then used by every page, chart, export and route, so the set of
 * groups shown is the same everywhere (DESIGN §4.1.1). Pure.
 *
 * Groups are taken in the catalogue's order and kept when the differencing check still passes with
 * them. Over time (results published in snapshots while a wave is open) the people who arrived
 * between two publications form an increment; a group's figures at a publication add up every
 * increment so far, so each increment must on its own stand the check for every group ever shown
 * from then on. Then whatever is combined across publications isolates nobody either: the sums
 * known are a direct sum over disjoint increments, each safe.
 */
import { DIMENSIONS, type Dimension } from "../instrument-schema";
import type { Atom } from "./atoms";
import { ALL, type Catalogue, type Group } from "./group-catalogue";
import { DifferencingCheck } from "./differencing-check";

export type DisclosurePlan = {
  /** Groups whose figures are shown. */
  groups: string[];
  /** Statement key → groups where that statement's figures are shown. */
  items: Record<string, string[]>;
  dimensions: Record<Dimension, string[]>;
  /** Groups whose comments are shown (only once a wave has closed). */
  comments: string[];
};

export type Thresholds = { k: number; commentK: number };

/**
 * `increments` are the atoms of the people who arrived between publications, oldest first, aligned
 * with the catalogue's atoms (the last one is what this publication adds); `earlier` are the plans
 * published before, oldest first (one fewer than the increments).
 */
export function planDisclosure(
  catalogue: Catalogue,
  increments: readonly Atom[][],
  earlier: readonly DisclosurePlan[],
  thresholds: Thresholds,
  withComments: boolean,
): DisclosurePlan {
  if (increments.length !== earlier.length + 1) throw new Error("one increment per publication is needed");
  const itemKeys = [...new Set(catalogue.atoms.flatMap((a) => Object.keys(a.items)))].sort();
  const family = (
    count: (atom: Atom) => number,
    shownEarlier: (plan: DisclosurePlan) => readonly string[],
    candidates: readonly Group[],
    threshold: number,
    allIncrements = true,
  ): string[] => {
    const used = allIncrements ? increments : [catalogue.atoms];
    const checks = used.map((atoms, j) => {
      const check = new DifferencingCheck(catalogue, atoms.map(count), threshold);
      // Everything shown at a publication from this increment's on already stands on it.
      const before = allIncrements
        ? new Set(earlier.slice(j).flatMap((plan) => shownEarlier(plan)))
        : new Set<string>();
      for (const group of catalogue.groups) if (before.has(group.id)) check.add(group);
      return check;
    });
    const shown: string[] = [];
    for (const group of candidates) {
      if (!checks.every((check) => check.check(group))) {
        if (group.id === ALL) break;
        continue;
      }
      for (const check of checks) check.add(group);
      shown.push(group.id);
    }
    return shown;
  };
  const groups = family(
    (a) => a.respondents,
    (p) => p.groups,
    catalogue.groups,
    thresholds.k,
  );
  const shownGroups = new Set(groups);
  const candidates = catalogue.groups.filter((g) => shownGroups.has(g.id));
  const items = Object.fromEntries(
    itemKeys.map((key) => [
      key,
      family(
        (a) => a.items[key]?.n ?? 0,
        (p) => p.items[key] ?? [],
        candidates,
        thresholds.k,
      ),
    ]),
  );
  const dimensions = Object.fromEntries(
    DIMENSIONS.map((d) => [
      d,
      family(
        (a) => a.dimensions[d].respondents,
        (p) => p.dimensions[d],
        candidates,
        thresholds.k,
      ),
    ]),
  ) as Record<Dimension, string[]>;
  // Comments are shown once, after the wave closes: one look at everyone, at the comment threshold.
  const comments = withComments
    ? family(
        (a) => a.respondents,
        () => [],
        candidates,
        thresholds.commentK,
        false,
      )
    : [];
  return { groups, items, dimensions, comments };
}
