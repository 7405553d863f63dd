import { CrossOriginError } from "@/lib/errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * State-changing requests must come from this site: browsers send Origin (and Sec-Fetch-Site) on
 * cross-site requests, so a form or fetch from another origin is refused before anything runs.
 */
export function assertSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") throw new CrossOriginError();
  const origin = request.headers.get("origin");
  // Browsers send Origin on every cross-origin state-changing request; scripts and curl send none,
  // and carry no ambient cookies of a victim, so there is nothing to forge.
  if (!origin) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new CrossOriginError();
  }
  if (!host || originHost !== host) throw new CrossOriginError();
}
