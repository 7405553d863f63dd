/**
 * Removes stored clips no story refers to any more — left behind when a model import replaced the stories,
 * or when removing a file failed after its row was gone. A key is removed only when found unreferenced by
 * two sweeps at least `graceMs` apart: an upload stores its bytes a moment before it commits the row that
 * points at them, and must never be swept in between.
 */
import type { Db } from "@/lib/db/types";
import type { MediaStore } from "@/lib/media/media-store";

const HOUR = 60 * 60 * 1000;

export function clipSweeper({ graceMs = HOUR } = {}) {
  /** Keys found unreferenced, and when first. */
  const suspects = new Map<string, number>();
  let lastRun = Number.NEGATIVE_INFINITY;

  async function sweep(db: Db, store: MediaStore, now = Date.now()): Promise<string[]> {
    lastRun = now;
    const stored: string[] = [];
    for await (const key of store.keys()) stored.push(key);
    const referenced = new Set<string>();
    for (let i = 0; i < stored.length; i += 500) {
      const rows = await db.storyClip.findMany({
        where: { storageKey: { in: stored.slice(i, i + 500) } },
        select: { storageKey: true },
      });
      for (const row of rows) referenced.add(row.storageKey);
    }
    const removed: string[] = [];
    const unreferenced = new Set(stored.filter((key) => !referenced.has(key)));
    for (const key of suspects.keys()) if (!unreferenced.has(key)) suspects.delete(key);
    for (const key of unreferenced) {
      const since = suspects.get(key);
      if (since === undefined) suspects.set(key, now);
      else if (now - since >= graceMs) {
        await store.delete(key);
        suspects.delete(key);
        removed.push(key);
      }
    }
    return removed;
  }

  return {
    sweep,
    /** At most one sweep per grace period, in the background: never slows or fails the request that started it. */
    sweepNowAndThen(db: Db, store: MediaStore, now = Date.now()): void {
      if (now - lastRun < graceMs) return;
      lastRun = now;
      void sweep(db, store, now).catch((error: unknown) => console.error("Sweeping unused clips failed:", error));
    },
  };
}

/** The app's one sweeper: started by clip uploads and removals. */
export const unusedClips = clipSweeper();
