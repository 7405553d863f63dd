/**
 * Sign-up and password-reset requests mail an address, so they are limited per address and per client IP
 * (rate-limiter-flexible, counted in the database so every app instance shares them). The limit is counted
 * whether or not the address has an account, so a 429 reveals nothing about it.
 */
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "@/lib/db/types";
import { RateLimitedError, waitInWords } from "@/lib/errors";

export const ACCOUNT_MAIL_WINDOW_SECONDS = 60 * 60;

export type AccountMailLimits = { perEmail: number; perIp: number };

type Limiters = { email: RateLimiterPrisma; ip: RateLimiterPrisma };
const limitersByDb = new WeakMap<Db, Map<string, Limiters>>();

function limiters(db: Db, limits: AccountMailLimits): Limiters {
  const byLimits = limitersByDb.get(db) ?? new Map<string, Limiters>();
  limitersByDb.set(db, byLimits);
  const id = `${limits.perEmail}/${limits.perIp}`;
  let found = byLimits.get(id);
  if (!found) {
    const common = { storeClient: db, tableName: "rateLimiterFlexible", duration: ACCOUNT_MAIL_WINDOW_SECONDS };
    found = {
      email: new RateLimiterPrisma({ ...common, keyPrefix: "account-mail-email", points: limits.perEmail }),
      ip: new RateLimiterPrisma({ ...common, keyPrefix: "account-mail-ip", points: limits.perIp }),
    };
    byLimits.set(id, found);
  }
  return found;
}

/** Counts one mail request; throws RateLimitedError (429 with Retry-After) past either limit. */
export async function throttleAccountMail(db: Db, limits: AccountMailLimits, email: string, ip: string): Promise<void> {
  const { email: byEmail, ip: byIp } = limiters(db, limits);
  const results = await Promise.allSettled([byEmail.consume(email.trim().toLowerCase()), byIp.consume(ip)]);
  const refused = results.flatMap((result) => {
    if (result.status === "fulfilled") return [];
    if (result.reason instanceof RateLimiterRes) return [result.reason];
    throw result.reason;
  });
  if (refused.length > 0) {
    const seconds = Math.max(1, Math.ceil(Math.max(...refused.map((r) => r.msBeforeNext)) / 1000));
    throw new RateLimitedError(seconds, `Too many requests for now. Please try again in ${waitInWords(seconds)}.`);
  }
}
