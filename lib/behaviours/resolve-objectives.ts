import type { DbTx } from "@/lib/db/types";
import { ValidationError } from "@/lib/errors";

/** Objective ids for keys of this organisation; an unknown key is a 400 on `objectives`. */
export async function resolveObjectives(
  tx: DbTx,
  organisationId: string,
  keys: string[],
): Promise<{ id: string; key: string }[]> {
  const unique = [...new Set(keys)];
  const found = await tx.objective.findMany({
    where: { organisationId, key: { in: unique } },
    select: { id: true, key: true },
    orderBy: { key: "asc" },
  });
  const missing = unique.filter((key) => !found.some((o) => o.key === key));
  if (missing.length) throw new ValidationError("objectives", `No objective with key "${missing[0]}".`);
  return found;
}
