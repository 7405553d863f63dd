import "server-only";
import { safeReturnPath } from "@/lib/client/safe-return-path";
import { env } from "@/lib/config/server-env";

/** A `callbackUrl` made safe: a path on this site (absolute addresses on the app's own origin included). */
export function returnPath(value: string | null | undefined, fallback = "/orgs"): string {
  return safeReturnPath(value, fallback, new URL(env.NEXTAUTH_URL).origin);
}
