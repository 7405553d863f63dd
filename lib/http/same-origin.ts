import { CrossOriginError } from "@/lib/errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * State-changing requests must come from this site: browsers send Origin (and Sec-Fetch-Site) on
 * cross-site requests, so a form or fetch from another origin is refused before anything runs. This
 * site is the Host header; X-Forwarded-Host only when a trusted proxy (TRUST_PROXY hops) set it, since
 * any client can send one.
 */
export function assertSameOrigin(request: Request, trustedProxyHops: number = 0): void {
  if (SAFE_METHODS.has(request.method)) return;
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") throw new CrossOriginError();
  const origin = request.headers.get("origin");
  // Browsers send Origin on every cross-origin state-changing request; scripts and curl send none,
  // and carry no ambient cookies of a victim, so there is nothing to forge.
  if (!origin) return;
  const host =
    (trustedProxyHops > 0 ? request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() : null) ??
    request.headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new CrossOriginError();
  }
  if (!host || originHost !== host) throw new CrossOriginError();
}
