/**
 * Sign-in throttling: failures are counted per account and per client IP over 15 minutes in the
 * database (rate-limiter-flexible's Prisma store), so every app instance behind a load balancer
 * shares the counts. Past the limit, sign-in answers 429 until the window ends.
 */
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "@/lib/db/types";
import { RateLimitedError } from "@/lib/errors";

export const LOGIN_WINDOW_SECONDS = 15 * 60;

export type ThrottleLimits = { perAccount: number; perIp: number };

type Limiters = { account: RateLimiterPrisma; ip: RateLimiterPrisma };
const limitersByDb = new WeakMap<Db, Map<string, Limiters>>();

function limiters(db: Db, limits: ThrottleLimits): Limiters {
  const byLimits = limitersByDb.get(db) ?? new Map<string, Limiters>();
  limitersByDb.set(db, byLimits);
  const id = `${limits.perAccount}/${limits.perIp}`;
  let found = byLimits.get(id);
  if (!found) {
    const common = { storeClient: db, tableName: "rateLimiterFlexible", duration: LOGIN_WINDOW_SECONDS };
    found = {
      account: new RateLimiterPrisma({ ...common, keyPrefix: "login-account", points: limits.perAccount }),
      ip: new RateLimiterPrisma({ ...common, keyPrefix: "login-ip", points: limits.perIp }),
    };
    byLimits.set(id, found);
  }
  return found;
}

const accountKey = (email: string) => email.trim().toLowerCase();

/** Throws RateLimitedError when the account or the IP has used up its failures. */
export async function assertLoginAllowed(db: Db, limits: ThrottleLimits, email: string, ip: string): Promise<void> {
  const { account, ip: byIp } = limiters(db, limits);
  const [accountState, ipState] = await Promise.all([account.get(accountKey(email)), byIp.get(ip)]);
  const blocked = [
    [accountState, limits.perAccount],
    [ipState, limits.perIp],
  ].filter(([state, max]) => state && (state as RateLimiterRes).consumedPoints >= (max as number)) as [RateLimiterRes, number][];
  if (blocked.length > 0) {
    const waitMs = Math.max(...blocked.map(([state]) => state.msBeforeNext));
    throw new RateLimitedError(Math.max(1, Math.ceil(waitMs / 1000)));
  }
}

export async function recordLoginFailure(db: Db, limits: ThrottleLimits, email: string, ip: string): Promise<void> {
  const { account, ip: byIp } = limiters(db, limits);
  // consume() rejects once the limit is passed; the count is still recorded, which is all we need.
  await Promise.allSettled([account.consume(accountKey(email)), byIp.consume(ip)]);
}

/** A successful sign-in forgives the account's failures (not the IP's). */
export async function clearAccountFailures(db: Db, limits: ThrottleLimits, email: string): Promise<void> {
  await limiters(db, limits).account.delete(accountKey(email));
}
