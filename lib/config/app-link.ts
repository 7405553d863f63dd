import { loadEnv } from "./load-env";

/**
 * An absolute link into the app, on its public address (NEXTAUTH_URL): survey, workshop and mail links
 * alike. Never built from the request, which behind a proxy is the internal address.
 */
export function appLink(path: string): string {
  return new URL(path, loadEnv().NEXTAUTH_URL).toString();
}
