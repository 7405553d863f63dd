import type { Db } from "./types";
import { ServiceUnavailableError } from "@/lib/errors";
import { DATABASE_RETRY_AFTER_SECONDS } from "@/lib/server/database-availability.mjs";

/** For load balancers and uptime checks: the app answers and its database does too (one round trip). */
export async function checkHealth(db: Db): Promise<{ status: "ok" }> {
  try {
    await db.$queryRaw`SELECT 1`;
  } catch {
    throw new ServiceUnavailableError(
      DATABASE_RETRY_AFTER_SECONDS,
      "The app is running but cannot reach its database.",
    );
  }
  return { status: "ok" };
}
