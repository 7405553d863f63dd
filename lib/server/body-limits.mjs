/**
 * The largest request body each path accepts. Plain JavaScript: the server (scripts/serve.mjs) refuses a
 * larger body before Next reads it, and route code reads bodies through the same limits
 * (lib/http/read-body.ts), so neither depends on the other.
 */
const KB = 1024;
const MB = 1024 * KB;

export const DEFAULT_BODY_LIMIT = 1 * MB;

/**
 * A story's clip upload: the clip (MEDIA_MAX_BYTES, default 25 MB; lib/config/env.ts validates it) plus its
 * captions (200 KB), transcript and the form's own bytes. The route checks the clip's own size exactly.
 */
const configuredClipLimit = Number(process.env.MEDIA_MAX_BYTES);
export const CLIP_UPLOAD_LIMIT =
  (Number.isSafeInteger(configuredClipLimit) && configuredClipLimit > 0 ? configuredClipLimit : 25 * MB) + 512 * KB;

/** First match wins; a path no rule names gets DEFAULT_BODY_LIMIT. */
const RULES = [
  // Sign-in, sign-out and the session: a form of a few fields.
  { path: /^\/api\/auth(\/|$)/, limit: 16 * KB },
  // Respondents (no sign-in): answers to one survey or one workshop contribution.
  { path: /^\/api\/(survey|workshop)(\/|$)/, limit: 64 * KB },
  // An obstacle report through the obstacle link (no sign-in): a name and a few sentences.
  { path: /^\/api\/obstacle(\/|$)/, limit: 16 * KB },
  // A throughline.instrument/1 file (import, save), or a copy's name.
  { path: /^\/api\/orgs\/[^/]+\/instruments(\/|$)/, limit: 512 * KB },
  // A throughline.model/1 file (a 2,000-role model is about 17 MB).
  { method: "POST", path: /^\/api\/orgs\/[^/]+\/model\/?$/, limit: 64 * MB },
  // CSV imports: departments and roles; responses gathered elsewhere.
  { method: "POST", path: /^\/api\/orgs\/[^/]+\/model\/csv\/?$/, limit: 32 * MB },
  { method: "POST", path: /^\/api\/orgs\/[^/]+\/waves\/[^/]+\/responses\/?$/, limit: 32 * MB },
  // A wave's people list (150,000 people is about 9 MB).
  { method: "POST", path: /^\/api\/orgs\/[^/]+\/waves\/[^/]+\/people\/?$/, limit: 32 * MB },
  { method: "PUT", path: /^\/api\/orgs\/[^/]+\/stories\/[^/]+\/clip\/?$/, limit: CLIP_UPLOAD_LIMIT },
];

/**
 * @param {string | undefined} method
 * @param {string} pathname
 * @returns {number} bytes
 */
export function bodyLimitFor(method, pathname) {
  const upper = (method ?? "GET").toUpperCase();
  for (const rule of RULES) {
    if (rule.method && rule.method !== upper) continue;
    if (rule.path.test(pathname)) return rule.limit;
  }
  return DEFAULT_BODY_LIMIT;
}

/**
 * @param {number} bytes
 * @returns {string} e.g. "16 KB", "64 MB"
 */
export function describeBytes(bytes) {
  return bytes >= MB ? `${Math.round((bytes / MB) * 10) / 10} MB` : `${Math.round(bytes / KB)} KB`;
}
