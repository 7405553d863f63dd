/**
 * An organisation's KPIs have different names, ignoring case and surrounding spaces (a unique index on
 * lower(btrim(name)), migration 20261204150000_kpi_names_unique): two "Average handle time" would leave every
 * list, chart and finding unable to say which one is meant.
 */
import type { DbTx } from "@/lib/db/types";
import { isUniqueViolation } from "@/lib/db/write-conflicts";
import { ConflictError } from "@/lib/errors";

/** The KPI of the organisation named like `name`, other than `exceptId`: the same test as the index. */
async function kpiNamedLike(
  db: DbTx,
  organisationId: string,
  name: string,
  exceptId = "",
): Promise<{ name: string } | undefined> {
  const found = await db.$queryRaw<{ name: string }[]>`
    SELECT "name" FROM "Kpi"
    WHERE "organisationId" = ${organisationId} AND lower(btrim("name")) = lower(btrim(${name})) AND "id" <> ${exceptId}
    LIMIT 1`;
  return found[0];
}

/** 409 at `name`: the name conflicts with the organisation's KPIs as they are, whether the other came first or at the same moment. */
function nameTaken(name: string, other: string): ConflictError {
  const typed = name.trim();
  const theirs = other === typed ? "" : ` (as “${other}”)`;
  return new ConflictError(`“${typed}” is already a KPI of this organisation${theirs}.`, "name");
}

/** Refuses, at `name`, a name another KPI of the organisation has. Run it in the transaction that writes. */
export async function refuseTakenKpiName(db: DbTx, organisationId: string, name: string, exceptId?: string) {
  const other = await kpiNamedLike(db, organisationId, name, exceptId);
  if (other) throw nameTaken(name, other.name);
}

/**
 * Runs a write that may lose a race to a simultaneous one giving a KPI the same name: the index refuses the
 * second, and it is told, as if it had come second, that the name is taken (any other refusal stays as it is).
 */
export async function whileNameFree<T>(
  db: DbTx,
  organisationId: string,
  name: string,
  write: () => Promise<T>,
  /** The KPI renamed, once the write has found it. */
  renamed?: () => string | undefined,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const other = await kpiNamedLike(db, organisationId, name, renamed?.());
    throw other ? nameTaken(name, other.name) : error;
  }
}
