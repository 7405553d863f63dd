import { analyzeModel, type Analysis } from "@/lib/alignment/rules/analyze-model";
import { readModel } from "@/lib/model/export-model";
import type { ModelDocument } from "@/lib/model/model-schema";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";

type Entry = { stamp: string; value: Promise<{ model: ModelDocument; analysis: Analysis }> };

/**
 * Recently analysed organisations of this process (a large model takes seconds to read and analyse). Kept on
 * globalThis: Next can load this module once for the pages and once for the routes, and both must share it.
 */
const globalForAnalysis = globalThis as unknown as { throughlineAnalysed?: Map<string, Entry> };
const analysed = (globalForAnalysis.throughlineAnalysed ??= new Map<string, Entry>());
const KEEP = 8;

/**
 * Where the organisation's model stands: every change to it records an audit event in the same
 * transaction, so the number of events and the latest one's time change whenever the model does.
 */
async function modelStamp(access: OrgAccess): Promise<string> {
  const [row] = await access.db.$queryRaw<{ events: number; last: Date | null }[]>`
    SELECT count(*)::int AS events, max("at") AS last FROM "AuditEvent" WHERE "organisationId" = ${access.organisation.id}`;
  return `${row?.events ?? 0}:${row?.last?.toISOString() ?? "-"}:${access.organisation.name}`;
}

/**
 * The organisation's model and its analysis as the model is now. Findings are never stale: the
 * analysis is kept only while the model's audit stamp is unchanged, and recomputed as soon as it moves.
 */
export async function getOrganisationAnalysis(
  access: OrgAccess,
): Promise<{ model: ModelDocument; analysis: Analysis }> {
  assertCan(access, "organisation:read");
  const stamp = await modelStamp(access);
  const key = access.organisation.id;
  const entry = analysed.get(key);
  if (entry && entry.stamp === stamp) {
    // Most recently used last, so the oldest is the one dropped.
    analysed.delete(key);
    analysed.set(key, entry);
    return entry.value;
  }
  const value = readModel(access.db, access.organisation.id, access.organisation.name).then((model) => ({
    model,
    analysis: analyzeModel(model),
  }));
  analysed.set(key, { stamp, value });
  value.catch(() => analysed.delete(key));
  while (analysed.size > KEEP) analysed.delete(analysed.keys().next().value!);
  return value;
}
