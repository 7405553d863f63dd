import { appLink } from "@/lib/config/app-link";
import type { MergeValues } from "./rules/mail-text";

/** The close date as people read it: the last day links work (closesAt is the first moment they stop). */
export function closesInWords(closesAt: Date | null): string {
  if (!closesAt) return "further notice";
  return new Date(closesAt.getTime() - 1).toLocaleDateString("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

export function mergeValues(
  organisation: { name: string },
  wave: { name: string; closesAt: Date | null },
  token: string,
): MergeValues {
  return {
    organisation: organisation.name,
    wave: wave.name,
    closes: closesInWords(wave.closesAt),
    link: appLink(`/s/${token}`),
  };
}

/** For a preview: the wave's own values and a link that looks like the real ones (it opens nothing). */
export function sampleMergeValues(
  organisation: { name: string },
  wave: { name: string; closesAt: string | Date | null },
): MergeValues {
  return mergeValues(
    organisation,
    { name: wave.name, closesAt: wave.closesAt ? new Date(wave.closesAt) : null },
    "preview-k3Jq9TzA2mVbX7cN4pRwYs8E",
  );
}
