/** Only same-site paths may be returned to after sign-in (no open redirects). */
export function safeReturnPath(value: string | null | undefined, fallback = "/orgs"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
