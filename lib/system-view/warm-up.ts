/**
 * Keeps the system view ready for a large model (issue 15: the graph's first paint ≤ 1 s at 1×). Reading and
 * analysing a 1× model takes seconds, once per model version; doing it in the server rather than in the first
 * visit's request is the only way that visit can be fast:
 *  - when the server starts, the organisations changed most recently (as many as the analysis cache keeps)
 *    are read, analysed and their clustered view built, one after another;
 *  - after a request changes an organisation, the same runs for it (a short pause first, so a burst of edits
 *    costs one rebuild). An unchanged model costs one query: the analysis cache answers.
 * A visit that arrives while its organisation is being warmed waits for that same read, never a second one.
 * Nothing here is shown to anyone; members reach the results only through the gated getSystemGraph.
 */
import "server-only";
import { ANALYSES_KEPT } from "@/lib/alignment/get-organisation-analysis";
import { onOrganisationWrite, type WrittenOrganisation } from "@/lib/access/organisation-writes";
import type { Db } from "@/lib/db/types";
import { warmSystemView } from "./get-system-graph";

/** How long after the last write to an organisation its warm-up starts. */
const PAUSE_AFTER_WRITE_MS = 200;

type WarmUpState = {
  /** Organisations waiting to be warmed, in the order asked. */
  waiting: Map<string, { db: Db; organisation: WrittenOrganisation }>;
  timer?: ReturnType<typeof setTimeout>;
  /** Settles when the warm-up the latest write asked for has run. */
  afterLatestWrite?: Promise<void>;
  running?: Promise<void>;
  /** The start-up warm-up has finished (whether or not every organisation could be read). */
  ready: boolean;
  started: boolean;
};
const globalForWarmUp = globalThis as unknown as { throughlineWarmUp?: WarmUpState };
const state: WarmUpState = (globalForWarmUp.throughlineWarmUp ??= { waiting: new Map(), ready: false, started: false });

async function warm(db: Db, organisation: WrittenOrganisation): Promise<void> {
  try {
    await warmSystemView(db, organisation);
  } catch (error) {
    // The visit will try again and show its own error; a warm-up failure must not stop the others.
    console.error(`Warming the system view of organisation ${organisation.id} failed:`, error);
  }
}

/** Warms the waiting organisations one at a time, so warm-ups never compete with each other for the processor. */
function drain(): Promise<void> {
  return (state.running ??= (async () => {
    try {
      for (let next = state.waiting.entries().next(); !next.done; next = state.waiting.entries().next()) {
        const [id, { db, organisation }] = next.value;
        state.waiting.delete(id);
        await warm(db, organisation);
      }
    } finally {
      state.running = undefined;
    }
  })());
}

/** Asks for an organisation to be warmed shortly (the route gate's write listener). */
export function warmAfterWrite(db: Db, organisation: WrittenOrganisation): void {
  state.waiting.delete(organisation.id);
  state.waiting.set(organisation.id, { db, organisation });
  clearTimeout(state.timer);
  state.afterLatestWrite = new Promise((resolve) => {
    state.timer = setTimeout(() => void drain().then(resolve), PAUSE_AFTER_WRITE_MS);
    state.timer.unref?.();
  });
}

/** The organisations whose models changed most recently, newest first. */
async function recentOrganisations(db: Db): Promise<WrittenOrganisation[]> {
  return db.$queryRaw<WrittenOrganisation[]>`
    SELECT o."id", o."name" FROM "Organisation" o
    ORDER BY (SELECT max(a."at") FROM "AuditEvent" a WHERE a."organisationId" = o."id") DESC NULLS LAST, o."id"
    LIMIT ${ANALYSES_KEPT}`;
}

/** Warms the most recently changed organisations; `ready` once done, even if some could not be read. */
export async function warmRecentOrganisations(db: Db): Promise<void> {
  try {
    for (const organisation of await recentOrganisations(db)) state.waiting.set(organisation.id, { db, organisation });
    await drain();
  } catch (error) {
    console.error("Warming the system views at start failed:", error);
  } finally {
    state.ready = true;
  }
}

/** Called once when the server starts (instrumentation.ts): listen for writes and warm what is likely asked. */
export function startWarmUp(db: Db): void {
  if (state.started) return;
  state.started = true;
  onOrganisationWrite(warmAfterWrite);
  void warmRecentOrganisations(db);
}

/** Settles once nothing is waiting to be warmed (what tests wait for). */
export async function warmUpSettled(): Promise<void> {
  await state.afterLatestWrite;
  await state.running;
}

/** Whether the start-up warm-up has finished: GET /api/health/ready answers 503 until then. */
export const warmUpFinished = (): boolean => state.ready;
