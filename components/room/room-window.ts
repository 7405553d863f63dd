/**
 * Which stages a wall shows: the stage in front and those after it, as many as there are columns; near
 * the end the window stops at the last stage (no empty columns) and the stage in front moves right.
 * With no columns (a phone's list) every stage is shown.
 */
export function roomWindow(current: number, count: number, columns: number): { start: number; end: number } {
  if (columns <= 0 || columns >= count) return { start: 0, end: count };
  const start = Math.max(0, Math.min(current, count - columns));
  return { start, end: start + columns };
}

/** Auto-advance's next stage: the following one, and from the last back to the first. */
export function nextStage(current: number, count: number): number {
  return count === 0 ? 0 : (current + 1) % count;
}
