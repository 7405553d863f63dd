/**
 * What a results segment is called on screen and in exports: a department's or a role's name, a level in
 * words, "Everyone" for the whole — never its key ("billing-analyst"). Pure.
 */
import { ALL, NOT_STATED } from "@/lib/diagnostic/disclosure/group-catalogue";

const LEVEL_NAMES: Record<string, string> = { leader: "Leaders", manager: "Managers", frontline: "Frontline" };

/** `names` holds the organisation's department and role names by key; a key it lacks is shown as it is. */
export function segmentName(names: ReadonlyMap<string, string>, key: string): string {
  if (key === ALL) return "Everyone";
  if (key === NOT_STATED) return "Not stated";
  return names.get(key) ?? LEVEL_NAMES[key] ?? key;
}
