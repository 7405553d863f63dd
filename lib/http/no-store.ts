/**
 * API answers carry personal and organisational data (JSON, CSV, PDF): no browser or proxy may keep a
 * copy. The route wrappers pass every response through here.
 */
export function noStore(response: Response): Response {
  const current = response.headers.get("cache-control");
  if (current && /\bno-store\b/i.test(current)) return response;
  try {
    response.headers.set("cache-control", "no-store");
    return response;
  } catch {
    // Immutable headers (a response passed through from fetch): copy it.
    const copy = new Response(response.body, response);
    copy.headers.set("cache-control", "no-store");
    return copy;
  }
}
