/**
 * The client's IP for throttling. Next's server appends the socket address to X-Forwarded-For, so the
 * last entry is the peer; behind a trusted load balancer (TRUST_PROXY=true) the first entry is the client.
 */
export function clientIp(headers: Headers | Record<string, string | string[] | undefined>, trustProxy: boolean): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : raw;
  const entries = (value ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  if (entries.length === 0) return "unknown";
  return (trustProxy ? entries[0] : entries[entries.length - 1])!;
}
