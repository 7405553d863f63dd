/**
 * Where each node of the system view sits: the server gives each node its column (what pushes, what is
 * pushed, what is served); within a column nodes are ordered by the mean place of their neighbours in the
 * columns before (one barycentre sweep, the ordering step of a layered layout), so edges cross little.
 * Boxes may differ in size (a group grows with what it holds): each column is stacked and centred against
 * the tallest, the first column's boxes flush right and the others' flush left, so they face each other.
 * Linear in nodes and edges: the page draws at most a few hundred of each.
 */
export type Placed = { id: string; x: number; y: number; width: number; height: number };
export type Box = { width: number; height: number };

/** An item's box, and the space between two boxes of a column. */
export const NODE_WIDTH = 230;
export const NODE_HEIGHT = 84;
export const GAP = 20;
export const ROW_HEIGHT = NODE_HEIGHT + GAP;
/** Room for the lines between two columns of items, and between columns of groups (more lines meet there). */
export const COLUMN_GAP = 70;
export const GROUP_COLUMN_GAP = 180;
export const COLUMN_WIDTH = NODE_WIDTH + COLUMN_GAP;
/**
 * A group is a short box (name, what it holds, its worst finding) whose width grows with what it holds: a
 * column of a dozen departments then fits a laptop's screen at a readable size.
 */
export const GROUP_HEIGHT = 64;
export const GROUP_GAP = 14;
export const GROUP_MIN_WIDTH = 240;
export const GROUP_MAX_WIDTH = 340;

/** A group's box: its width by area (the square root of what it holds) against the largest group of its column. */
export function groupBox(count: number, largest: number): Box {
  const share = largest > 0 ? Math.sqrt(Math.max(0, Math.min(count, largest)) / largest) : 0;
  return { width: Math.round(GROUP_MIN_WIDTH + (GROUP_MAX_WIDTH - GROUP_MIN_WIDTH) * share), height: GROUP_HEIGHT };
}

export function layOut(
  nodes: readonly { id: string; column: number; box?: Box }[],
  edges: readonly { source: string; target: string }[],
): Map<string, Placed> {
  const columns = [...new Set(nodes.map((n) => n.column))].sort((a, b) => a - b);
  const byColumn = new Map<number, { id: string; box?: Box }[]>(columns.map((c) => [c, []]));
  nodes.forEach((n) => byColumn.get(n.column)!.push(n));
  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    neighbours.set(e.source, [...(neighbours.get(e.source) ?? []), e.target]);
    neighbours.set(e.target, [...(neighbours.get(e.target) ?? []), e.source]);
  }
  const size = (n: { box?: Box }) => n.box ?? { width: NODE_WIDTH, height: NODE_HEIGHT };
  const gapOf = (n: { box?: Box }) => (n.box ? GROUP_GAP : GAP);
  const extent = (list: { box?: Box }[]) =>
    list.reduce((sum, n, i) => sum + size(n).height + (i > 0 ? gapOf(n) : 0), 0);
  const tallest = Math.max(0, ...[...byColumn.values()].map(extent));
  /** Each placed node's middle, which the next columns are ordered by. */
  const middle = new Map<string, number>();
  const placed = new Map<string, Placed>();
  let x = 0;
  columns.forEach((column, index) => {
    const list = byColumn.get(column)!;
    const order = list.map((n, given) => {
      const before = (neighbours.get(n.id) ?? []).filter((m) => middle.has(m)).map((m) => middle.get(m)!);
      return { n, key: before.length ? before.reduce((s, y) => s + y, 0) / before.length : given, given };
    });
    if (index > 0) order.sort((a, b) => a.key - b.key || a.given - b.given);
    const width = Math.max(NODE_WIDTH, ...list.map((n) => size(n).width));
    // Shorter columns are centred against the tallest, so the picture reads as one piece.
    let y = (tallest - extent(list)) / 2;
    order.forEach(({ n }, i) => {
      const box = size(n);
      if (i > 0) y += gapOf(n);
      const flush = index === 0 ? width - box.width : 0;
      placed.set(n.id, { id: n.id, x: x + flush, y, ...box });
      middle.set(n.id, y + box.height / 2);
      y += box.height;
    });
    const next = byColumn.get(columns[index + 1]!) ?? [];
    x += width + ([...list, ...next].some((n) => n.box) ? GROUP_COLUMN_GAP : COLUMN_GAP);
  });
  return placed;
}
