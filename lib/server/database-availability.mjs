/**
 * Whether the database answers, as the app's database layer last saw it: set when a query or connection
 * fails because the database is unreachable or too slow, cleared by the next success. Kept on globalThis
 * because the server (scripts/serve.mjs) and the app's bundled code are separate module graphs in one
 * process; the server turns a page's 500 into 503 + Retry-After while the flag is up.
 */
const KEY = Symbol.for("throughline.databaseUnavailable");

/** Seconds a client should wait before retrying while the database is unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** @param {boolean} unavailable */
export function setDatabaseUnavailable(unavailable) {
  /** @type {Record<symbol, unknown>} */ (globalThis)[KEY] = unavailable;
}

/** @returns {boolean} */
export function isDatabaseUnavailable() {
  return /** @type {Record<symbol, unknown>} */ (globalThis)[KEY] === true;
}
