/**
 * No open redirects: a return address is resolved with the URL parser against this site, and only a path
 * on this site (path, query and fragment) is kept. The parser drops tabs and line breaks and percent-encodes
 * everything else, so `/\t/evil.example` (which it reads as `//evil.example`) leaves the site and is refused,
 * and what is kept is always plain ASCII, safe in a Location header.
 */
const PROBE_ORIGIN = "http://return-path.invalid";

/** `siteOrigin`: the app's own origin, so that absolute addresses on it are kept too (next-auth sends those). */
export function safeReturnPath(value: string | null | undefined, fallback = "/orgs", siteOrigin?: string): string {
  if (!value) return fallback;
  const origin = siteOrigin ?? PROBE_ORIGIN;
  try {
    const url = new URL(value, origin);
    if (url.origin !== origin) return fallback;
    const path = url.pathname + url.search + url.hash;
    // "/.//evil.example" resolves to the path "//evil.example": as a link, that is another site.
    if (!path.startsWith("/") || path.startsWith("//") || new URL(path, PROBE_ORIGIN).origin !== PROBE_ORIGIN)
      return fallback;
    return path;
  } catch {
    return fallback;
  }
}

/** For next-auth's redirect callback: an absolute URL on `baseUrl`'s origin, the site's root otherwise. */
export function sameOriginUrl(url: string, baseUrl: string): string {
  const origin = new URL(baseUrl).origin;
  return new URL(safeReturnPath(url, "/", origin), origin).toString();
}
