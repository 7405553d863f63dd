/** Respondent endpoints are public: each IP gets a generous budget per 10 minutes, shared by all app instances. */
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "@/lib/db/types";
import { RateLimitedError } from "@/lib/errors";

export const RESPONDENT_REQUESTS_PER_WINDOW = 600;
const WINDOW_SECONDS = 10 * 60;
const limiters = new WeakMap<Db, RateLimiterPrisma>();

export async function throttleRespondent(db: Db, ip: string): Promise<void> {
  let limiter = limiters.get(db);
  if (!limiter) {
    limiter = new RateLimiterPrisma({ storeClient: db, tableName: "rateLimiterFlexible", keyPrefix: "survey-ip", points: RESPONDENT_REQUESTS_PER_WINDOW, duration: WINDOW_SECONDS });
    limiters.set(db, limiter);
  }
  try {
    await limiter.consume(ip);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new RateLimitedError(Math.ceil(error.msBeforeNext / 1000), "Too many requests from your network. Please wait a few minutes; your answers so far are saved.");
    throw error;
  }
}
