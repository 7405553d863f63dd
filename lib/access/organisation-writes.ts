/**
 * Who wants to hear that an organisation's data may have changed: the route gate tells, after a state-changing
 * request succeeds; the system view's warm-up listens (registered when the server starts), so the next visit
 * finds the new model already read and analysed. Listeners live on globalThis: the server's start-up code and
 * the routes can be separate copies of this module.
 */
import type { Db } from "@/lib/db/types";

export type WrittenOrganisation = { id: string; name: string };
type Listener = (db: Db, organisation: WrittenOrganisation) => void;

const globalForWrites = globalThis as unknown as { throughlineOrganisationWriteListeners?: Set<Listener> };
const listeners = (globalForWrites.throughlineOrganisationWriteListeners ??= new Set<Listener>());

/** Calls `listener` after every successful write to an organisation; returns how to stop. */
export function onOrganisationWrite(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells the listeners. A listener's failure is its own: the request that wrote has already succeeded. */
export function organisationWritten(db: Db, organisation: WrittenOrganisation): void {
  for (const listener of listeners) {
    try {
      listener(db, organisation);
    } catch (error) {
      console.error("A listener to organisation writes failed:", error);
    }
  }
}
