/**
 * What the report's "How anonymity was protected" section says: which groups are hidden and why, and
 * how many figures are hidden in all — never the hidden values. Pure.
 */
type Hideable = { shown: boolean; reason?: string };

export type HiddenInput = {
  /** The whole scope's dimensions (null when the scope itself is hidden). */
  dimensions: Hideable[] | null;
  gaps: Hideable[];
  departments: { name: string; shown: boolean; reason?: string; dimensions?: Hideable[]; items?: Hideable[] }[];
  /** The whole scope's statements. */
  items: Hideable[];
  participation: { answered: number | null }[];
};

export type HiddenSummary = {
  groups: { name: string; reason: string }[];
  /** Figures hidden, counted as the report would have printed them. */
  figures: number;
};

export function hiddenFigures(input: HiddenInput): HiddenSummary {
  const count = (list: readonly Hideable[] | null | undefined) => (list ?? []).filter((f) => !f.shown).length;
  let figures = count(input.dimensions) + count(input.gaps) + count(input.items);
  const groups: HiddenSummary["groups"] = [];
  for (const department of input.departments) {
    if (!department.shown) {
      groups.push({ name: department.name, reason: department.reason ?? "" });
      // A hidden group withholds its index, its three dimensions and every statement.
      figures += 1 + 3 + input.items.length;
    } else {
      figures += count(department.dimensions) + count(department.items);
    }
  }
  figures += input.participation.filter((p) => p.answered === null).length;
  return { groups, figures };
}
