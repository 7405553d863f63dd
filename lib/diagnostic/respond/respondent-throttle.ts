/**
 * Respondent endpoints are public: each IP gets a budget per 10 minutes (RESPONDENT_REQUESTS_PER_IP).
 * Counted in this process's memory, not the database: a database counter is one hot row per IP, and a
 * whole office answering through one NAT address would queue on that row's lock on every save and
 * submit (measured: it held submissions to a fraction of what the database can take). With several app
 * instances an IP may make up to that many times the budget — this guards against floods, not against
 * guessing (links carry 192-bit tokens; sign-in, which does need a shared count, keeps its own in the database).
 */
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { RateLimitedError } from "@/lib/errors";

const WINDOW_SECONDS = 10 * 60;
const limiters = new Map<number, RateLimiterMemory>();

export async function throttleRespondent(ip: string, requestsPerWindow: number): Promise<void> {
  let limiter = limiters.get(requestsPerWindow);
  if (!limiter)
    limiters.set(
      requestsPerWindow,
      (limiter = new RateLimiterMemory({
        keyPrefix: "survey-ip",
        points: requestsPerWindow,
        duration: WINDOW_SECONDS,
      })),
    );
  try {
    await limiter.consume(ip);
  } catch (error) {
    if (error instanceof RateLimiterRes)
      throw new RateLimitedError(
        Math.ceil(error.msBeforeNext / 1000),
        "Too many requests from your network. Please wait a few minutes; your answers so far are saved.",
      );
    throw error;
  }
}
