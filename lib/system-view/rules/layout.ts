/**
 * Where each node of the system view sits: the server gives each node its column (what pushes, what is
 * pushed, what is served); within a column nodes are ordered by the mean place of their neighbours in the
 * columns before (one barycentre sweep, the ordering step of a layered layout), so edges cross little.
 * Linear in nodes and edges: the page draws at most a few hundred of each.
 */
export type Placed = { id: string; x: number; y: number };

export const COLUMN_WIDTH = 300;
export const ROW_HEIGHT = 104;

export function layOut(
  nodes: readonly { id: string; column: number }[],
  edges: readonly { source: string; target: string }[],
): Map<string, Placed> {
  const columns = [...new Set(nodes.map((n) => n.column))].sort((a, b) => a - b);
  const byColumn = new Map<number, string[]>(columns.map((c) => [c, []]));
  nodes.forEach((n) => byColumn.get(n.column)!.push(n.id));
  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    neighbours.set(e.source, [...(neighbours.get(e.source) ?? []), e.target]);
    neighbours.set(e.target, [...(neighbours.get(e.target) ?? []), e.source]);
  }
  const row = new Map<string, number>();
  const placed = new Map<string, Placed>();
  const tallest = Math.max(0, ...[...byColumn.values()].map((ids) => ids.length));
  columns.forEach((column, index) => {
    const ids = byColumn.get(column)!;
    const order = ids.map((id, given) => {
      const before = (neighbours.get(id) ?? []).filter((n) => row.has(n)).map((n) => row.get(n)!);
      return { id, key: before.length ? before.reduce((s, r) => s + r, 0) / before.length : given, given };
    });
    if (index > 0) order.sort((a, b) => a.key - b.key || a.given - b.given);
    // Shorter columns are centred against the tallest, so the picture reads as one piece.
    const offset = ((tallest - ids.length) * ROW_HEIGHT) / 2;
    order.forEach(({ id }, i) => {
      row.set(id, i + (tallest - ids.length) / 2);
      placed.set(id, { id, x: index * COLUMN_WIDTH, y: offset + i * ROW_HEIGHT });
    });
  });
  return placed;
}
