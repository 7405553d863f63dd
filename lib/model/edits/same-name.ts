import { ConflictError } from "@/lib/errors";

/**
 * Two names are the same to people when they differ only in case or surrounding spaces: a second
 * "billing" next to "Billing" would leave "Remove Billing?" unable to say which one.
 */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase("en") === b.trim().toLocaleLowerCase("en");
}

/** The first of `others` (never the one with `exceptId`) named like `name`, if any. */
export function namedLike<T extends { id: string; name: string }>(
  others: readonly T[],
  name: string,
  exceptId?: string,
): T | undefined {
  return others.find((other) => other.id !== exceptId && sameName(other.name, name));
}

/** Refuses a name another stage, department, role (of the same department) or objective already has. */
export function refuseTakenName(
  others: readonly { id: string; name: string }[],
  name: string,
  what: string,
  exceptId?: string,
): void {
  if (namedLike(others, name, exceptId))
    throw new ConflictError(`There is already ${what} named "${name.trim()}".`, "name");
}
