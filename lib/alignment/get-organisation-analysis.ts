import { analyzeModel, type Analysis } from "@/lib/alignment/rules/analyze-model";
import { readModel } from "@/lib/model/export-model";
import type { ModelDocument } from "@/lib/model/model-schema";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import type { Db, DbTx } from "@/lib/db/types";

export type OrganisationAnalysis = { model: ModelDocument; analysis: Analysis };
type Entry = { stamp: ModelStamp; value: Promise<OrganisationAnalysis> };

/**
 * Recently analysed organisations of this process (a large model takes seconds to read and analyse). Kept on
 * globalThis: Next can load this module once for the pages and once for the routes, and both must share it.
 */
const globalForAnalysis = globalThis as unknown as { throughlineAnalysed?: Map<string, Entry> };
const analysed = (globalForAnalysis.throughlineAnalysed ??= new Map<string, Entry>());
/** How many organisations are kept; the server warms as many at start (lib/system-view/warm-up.ts). */
export const ANALYSES_KEPT = 8;

type Organisation = { id: string; name: string };

/**
 * Where the organisation's model stands: every change to it records an audit event in the same
 * transaction, and events are never deleted, so the number of events and the latest one's time change
 * whenever the model does. `events` alone orders two stamps of one organisation.
 */
export type ModelStamp = { events: number; key: string };

/** The stamp as `db` sees it: inside a write's transaction, that write's own audit event counts. */
export async function readModelStamp(db: DbTx, organisation: Organisation): Promise<ModelStamp> {
  const [row] = await db.$queryRaw<{ events: number; last: Date | null }[]>`
    SELECT count(*)::int AS events, max("at") AS last FROM "AuditEvent" WHERE "organisationId" = ${organisation.id}`;
  const events = row?.events ?? 0;
  return { events, key: `${events}:${row?.last?.toISOString() ?? "-"}:${organisation.name}` };
}

/**
 * The organisation's model and its analysis as the model is now. Findings are never stale: the
 * analysis is kept only while the model's audit stamp is unchanged, and recomputed as soon as it moves.
 */
export async function getOrganisationAnalysis(access: OrgAccess): Promise<OrganisationAnalysis> {
  assertCan(access, "organisation:read");
  return loadOrganisationAnalysis(access.db, access.organisation);
}

/**
 * The same without a member: for the server's own warm-up (at start and after a change), which shows nothing to
 * anyone — members reach the analysis only through getOrganisationAnalysis. A request that arrives while a
 * warm-up reads the same version of the model waits for that read rather than starting another.
 */
export async function loadOrganisationAnalysis(db: Db, organisation: Organisation): Promise<OrganisationAnalysis> {
  const stamp = await readModelStamp(db, organisation);
  const key = organisation.id;
  const entry = analysed.get(key);
  if (entry && entry.stamp.key === stamp.key) {
    // Most recently used last, so the oldest is the one dropped.
    analysed.delete(key);
    analysed.set(key, entry);
    return entry.value;
  }
  const value = readModel(db, organisation.id, organisation.name).then((model) => ({
    model,
    analysis: analyzeModel(model),
  }));
  analysed.set(key, { stamp, value });
  value.catch(() => {
    if (analysed.get(key)?.value === value) analysed.delete(key);
  });
  while (analysed.size > ANALYSES_KEPT) analysed.delete(analysed.keys().next().value!);
  return value;
}

/**
 * After a write that changed one thing the model can take without reading it again (an influence set in the
 * matrix), moves the kept analysis on to the model as that write left it: the next visit then waits for one
 * analysis (a fraction of a second at 1×) instead of reading 200,000 rows again (seconds).
 *
 * Safe only when the kept model is exactly the one the write changed. `after` is the stamp read inside the
 * write's transaction once its audit event was recorded, and is passed here only after that transaction
 * committed. It counts every event committed by then plus the write's own; so if it is exactly one more than
 * the kept stamp, no other change committed between the kept read and the write, and `edit` of the kept model
 * is the model now. Any other change (before, during, or after the write) moves the count past `after`, and the
 * next visit reads the model anew, as it always did. `edit` must give the same model when the kept one already
 * has the write (a read that ran just after it committed): it sets the cell to what the write left.
 */
export function carryAnalysisForward(
  organisation: Organisation,
  after: ModelStamp,
  edit: (model: ModelDocument) => ModelDocument,
): void {
  const entry = analysed.get(organisation.id);
  if (!entry || entry.stamp.events + 1 !== after.events) return;
  // The analysis runs after the write's response is on its way, not in it.
  const value = new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => entry.value)
    .then(({ model }) => {
      const next = edit(model);
      return { model: next, analysis: analyzeModel(next) };
    });
  analysed.set(organisation.id, { stamp: after, value });
  value.catch(() => {
    if (analysed.get(organisation.id)?.value === value) analysed.delete(organisation.id);
  });
}
