/**
 * The client's IP for throttling: the one address the server (scripts/serve.mjs) derived from the socket
 * and TRUST_PROXY hops and wrote into X-Forwarded-For in place of whatever the client sent. Under a
 * server that does not (`next dev`), the last entry is the one nearest to us. `trustProxy` is no longer
 * consulted here — the server applies it — and stays for callers' compatibility.
 */
export function clientIp(
  headers: Headers | Record<string, string | string[] | undefined>,
  _trustProxy?: boolean | number,
): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : raw;
  const entries = (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return entries.at(-1) ?? "unknown";
}
