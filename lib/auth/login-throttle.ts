/**
 * Sign-in throttling, counted in the database (rate-limiter-flexible's Prisma store) so that every app instance
 * shares it:
 * - per account AND source address: after `perAccount` failures, a pause of 1 minute; each failure after a pause
 *   starts the next, twice as long, up to `maxPauseSeconds`. Failures from other addresses never pause the owner.
 * - per source address over all accounts: `perIp` failures per 15 minutes.
 * An attempt reserves its point BEFORE the password is checked (an atomic increment in the database) and gives
 * it back on success, so simultaneous guesses cannot slip past the limit while earlier ones are still checked.
 */
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "@/lib/db/types";
import { RateLimitedError } from "@/lib/errors";

export const IP_WINDOW_SECONDS = 15 * 60;
/** How long failures and pauses of one account and address are remembered. */
export const FAILURE_MEMORY_SECONDS = 24 * 60 * 60;
export const FIRST_PAUSE_SECONDS = 60;
// The attempts counter never refuses by itself: a pause is rate-limiter-flexible's block (points above this ceiling).
const ATTEMPTS_CEILING = 1_000_000;

export type ThrottleLimits = { perAccount: number; perIp: number; maxPauseSeconds: number };

type Limiters = { attempts: RateLimiterPrisma; pauses: RateLimiterPrisma; ip: RateLimiterPrisma };
const limitersByDb = new WeakMap<Db, Map<string, Limiters>>();

function limiters(db: Db, limits: ThrottleLimits): Limiters {
  const byLimits = limitersByDb.get(db) ?? new Map<string, Limiters>();
  limitersByDb.set(db, byLimits);
  const id = `${limits.perAccount}/${limits.perIp}`;
  let found = byLimits.get(id);
  if (!found) {
    const common = { storeClient: db, tableName: "rateLimiterFlexible" };
    found = {
      attempts: new RateLimiterPrisma({
        ...common,
        keyPrefix: "login-pair",
        points: ATTEMPTS_CEILING,
        duration: FAILURE_MEMORY_SECONDS,
      }),
      pauses: new RateLimiterPrisma({
        ...common,
        keyPrefix: "login-pauses",
        points: ATTEMPTS_CEILING,
        duration: FAILURE_MEMORY_SECONDS,
      }),
      ip: new RateLimiterPrisma({
        ...common,
        keyPrefix: "login-ip",
        points: limits.perIp,
        duration: IP_WINDOW_SECONDS,
      }),
    };
    byLimits.set(id, found);
  }
  return found;
}

/** The nth pause: 1 minute, then doubling, at most maxPauseSeconds. */
export function pauseSeconds(nth: number, maxPauseSeconds: number): number {
  return Math.min(maxPauseSeconds, FIRST_PAUSE_SECONDS * 2 ** Math.min(Math.max(0, nth - 1), 30));
}

const pairKey = (email: string, ip: string) => `${email.trim().toLowerCase()}|${ip}`;
const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

export type SignInAttempt = {
  /** The password was right: the account's failures from this address are forgotten, the address's point returned. */
  succeeded: () => Promise<void>;
  /** The password was wrong (or the attempt never got checked): the reserved point stays, a pause may begin. */
  failed: () => Promise<void>;
  settled: () => boolean;
};

/**
 * Reserves one attempt for an account from an address, or throws RateLimitedError (429 with Retry-After) while
 * the pair is paused or the address has used up its failures. Settle the attempt with succeeded() or failed().
 */
export async function reserveSignInAttempt(
  db: Db,
  limits: ThrottleLimits,
  email: string,
  ip: string,
): Promise<SignInAttempt> {
  const { attempts, pauses, ip: byIp } = limiters(db, limits);
  const key = pairKey(email, ip);
  const pausesSoFar = (await pauses.get(key))?.consumedPoints ?? 0;
  // After a pause, one more try; its failure starts the next pause.
  const allowance = pausesSoFar === 0 ? limits.perAccount : 1;
  const reserved = await attempts.penalty(key, 1);
  if (reserved.consumedPoints > ATTEMPTS_CEILING) throw new RateLimitedError(seconds(reserved.msBeforeNext));
  if (reserved.consumedPoints > allowance) {
    // Over the allowance while the attempts that fit it are still being checked (simultaneous guesses): pause now.
    // If one of those succeeds it lifts the pause; if the last fails, it sets the real one.
    const pause = pauseSeconds(pausesSoFar + 1, limits.maxPauseSeconds);
    await attempts.block(key, pause);
    throw new RateLimitedError(pause);
  }
  const ipResult = await byIp.consume(ip).catch((refusal: unknown) => {
    if (refusal instanceof RateLimiterRes) return refusal;
    throw refusal;
  });
  if (ipResult.consumedPoints > limits.perIp) {
    await attempts.reward(key, 1);
    throw new RateLimitedError(seconds(ipResult.msBeforeNext));
  }

  let done = false;
  return {
    settled: () => done,
    async succeeded() {
      done = true;
      await Promise.all([attempts.delete(key), pauses.delete(key), byIp.reward(ip, 1)]);
    },
    async failed() {
      done = true;
      if (reserved.consumedPoints < allowance) return;
      const nth = (await pauses.penalty(key, 1)).consumedPoints;
      await attempts.block(key, pauseSeconds(nth, limits.maxPauseSeconds));
    },
  };
}

/** A new password proved the inbox: the pair's failures and pauses are forgotten. */
export async function forgetSignInFailures(db: Db, limits: ThrottleLimits, email: string, ip: string): Promise<void> {
  const { attempts, pauses } = limiters(db, limits);
  const key = pairKey(email, ip);
  await Promise.all([attempts.delete(key), pauses.delete(key)]);
}
