import type { Db } from "./types";
import { AppError } from "@/lib/errors";

/** For load balancers and uptime checks: the app answers and its database does too (one round trip). */
export async function checkHealth(db: Db): Promise<{ status: "ok" }> {
  try {
    await db.$queryRaw`SELECT 1`;
  } catch {
    throw new AppError(503, "Database unavailable", "The app is running but cannot reach its database.");
  }
  return { status: "ok" };
}
