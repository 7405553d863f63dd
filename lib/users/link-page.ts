import type { Metadata } from "next";
import { linkToken } from "./input";

/** Pages opened from a mailed link: never indexed, and the link is not passed on to any other site. */
export const LINK_PAGE_METADATA: Pick<Metadata, "referrer" | "robots"> = {
  referrer: "no-referrer",
  robots: { index: false, follow: false },
};

/** The token from a link's address, or null when it cannot be one of ours. */
export function tokenFromPath(value: string): string | null {
  const parsed = linkToken.safeParse(value);
  return parsed.success ? parsed.data : null;
}
