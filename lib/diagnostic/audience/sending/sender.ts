/**
 * The in-process sender (invitations, reminders, and mailings set for a time): started when the server starts (instrumentation.ts) and woken when a send is
 * asked for, so a send outlives the request that asked for it and resumes after a restart. One run at a
 * time per process; several processes may run, the claims keep them apart.
 */
import type { Db } from "@/lib/db/types";
import { recoverAbandoned, sendQueuedMail, type SenderOptions } from "./send-queued-mail";
import { startDueMailings } from "./start-due-mailings";

const POLL_MS = 30_000;

type SenderState = { running: boolean; again: boolean; timer?: ReturnType<typeof setInterval> };
const globalForSender = globalThis as unknown as { throughlineSender?: SenderState };
const state: SenderState = (globalForSender.throughlineSender ??= { running: false, again: false });

export function wakeSender(db: Db, options: SenderOptions = { concurrency: 8 }): void {
  if (state.running) {
    state.again = true;
    return;
  }
  state.running = true;
  void (async () => {
    try {
      do {
        state.again = false;
        await recoverAbandoned(db, options.leaseMs);
        await startDueMailings(db);
        await sendQueuedMail(db, options);
      } while (state.again);
    } catch (error) {
      console.error("Sending invitations stopped; it resumes at the next check:", error);
    } finally {
      state.running = false;
    }
  })();
}

/** Resumes unfinished sends now, then looks for queued mail every 30 seconds. */
export function startSender(db: Db, options: SenderOptions = { concurrency: 8 }): void {
  if (state.timer) return;
  wakeSender(db, options);
  state.timer = setInterval(() => wakeSender(db, options), POLL_MS);
  state.timer.unref();
}
