/**
 * Who is on the other end of a request. Plain JavaScript: scripts/serve.mjs (plain Node) and the app's
 * TypeScript both use it, so the server and the configuration check agree on TRUST_PROXY.
 */
import { isIP } from "node:net";

/**
 * TRUST_PROXY is the number of proxies in front of the app whose X-Forwarded-For entries are believed.
 * Unset, empty, "false" or "0" trusts none; "true" means one (the old boolean setting).
 * @param {string | undefined} value
 * @returns {number}
 */
export function parseTrustProxy(value) {
  const text = (value ?? "").trim().toLowerCase();
  if (text === "" || text === "false") return 0;
  if (text === "true") return 1;
  if (/^\d{1,2}$/.test(text)) return Number(text);
  throw new Error("must be the number of trusted proxy hops (0–99), or true/false");
}

/** @param {string} address */
function normalise(address) {
  const trimmed = address.trim();
  // IPv4 peers of a dual-stack socket arrive as ::ffff:a.b.c.d; the same client must get one key.
  return trimmed.toLowerCase().startsWith("::ffff:") && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
}

/**
 * The client's address: the socket peer, or with `hops` trusted proxies the entry each of them vouches
 * for — counted from the right of X-Forwarded-For, since every proxy appends what it saw and only the
 * entries our own proxies wrote can be believed. An entry that is not an IP address is not believed.
 * @param {string | undefined} peer the socket's remote address
 * @param {string | string[] | undefined} forwardedFor the X-Forwarded-For header(s) as received
 * @param {number} hops trusted proxy hops
 * @returns {string}
 */
export function clientAddress(peer, forwardedFor, hops) {
  const chain = [peer ?? ""];
  if (hops > 0) {
    const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
    const entries = header
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean);
    chain.unshift(...entries);
  }
  // chain = [client?, …, proxy n, …, peer]; each trusted hop moves one step to the left.
  let index = chain.length - 1;
  for (let hop = 0; hop < hops && index > 0; hop++) {
    if (!isIP(normalise(chain[index - 1]))) break;
    index--;
  }
  return normalise(chain[index]) || "unknown";
}
