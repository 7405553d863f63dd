/**
 * Publishing a wave's results: the ballot box is emptied, responses are added up per (department,
 * role, level), and the disclosure plan is decided and stored with them. A closed wave has one final
 * publication; an open wave whose results are released in snapshots has one per snapshot. Views read
 * publications only, so what a member sees changes only when something is published.
 */
import type { Db, DbTx } from "@/lib/db/types";
import { ConflictError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { emptyBallotBox } from "../ballot-box/empty-ballot-box";
import { type Atom, accumulate, cellKey, emptyAtom } from "../disclosure/atoms";
import { ALL, buildCatalogue, type Catalogue } from "../disclosure/group-catalogue";
import { type DisclosurePlan, planDisclosure } from "../disclosure/plan-disclosure";
import { normaliseAtoms, type WaveStructure } from "../disclosure/wave-structure";
import { wavePhase } from "@/lib/diagnostic/rules/wave-phase";
import { aggregateAtoms } from "./aggregate-atoms";

export type StoredPublication = {
  id: string;
  seq: number;
  final: boolean;
  publishedAt: Date;
  structure: WaveStructure;
  atoms: Atom[];
  plan: DisclosurePlan;
};

/** The organisation's department tree and roles as they are now (frozen into the first publication). */
async function currentStructure(db: DbTx, organisationId: string): Promise<WaveStructure> {
  const [departments, roles] = await Promise.all([
    db.department.findMany({ where: { organisationId }, select: { key: true, parent: { select: { key: true } } } }),
    db.role.findMany({ where: { organisationId }, select: { key: true, department: { select: { key: true } } } }),
  ]);
  return {
    departments: departments.map((d) => ({ key: d.key, parent: d.parent?.key ?? null })),
    roles: roles.map((r) => ({ key: r.key, department: r.department.key })),
  };
}

function alignTo(catalogue: Catalogue, atoms: readonly Atom[]): Atom[] {
  const byCell = new Map(atoms.map((a) => [cellKey(a), a]));
  return catalogue.atoms.map((cell) => {
    const copy = emptyAtom(cell);
    const found = byCell.get(cellKey(cell));
    if (found) accumulate(copy, found);
    return copy;
  });
}

function difference(later: readonly Atom[], earlier: readonly Atom[]): Atom[] {
  return later.map((atom, i) => {
    const copy = emptyAtom(atom);
    accumulate(copy, atom);
    accumulate(copy, earlier[i]!, -1);
    return copy;
  });
}

const asStored = (row: {
  id: string;
  seq: number;
  final: boolean;
  publishedAt: Date;
  structure: unknown;
  atoms: unknown;
  plan: unknown;
}): StoredPublication => ({
  id: row.id,
  seq: row.seq,
  final: row.final,
  publishedAt: row.publishedAt,
  structure: row.structure as WaveStructure,
  atoms: row.atoms as Atom[],
  plan: row.plan as DisclosurePlan,
});

/**
 * Publishes a wave's results: a snapshot while it is open (refused unless at least k people answered
 * since the last one), or its final results once closed. Publishing twice at once is serialised.
 */
export async function publishResults(db: Db, waveId: string, final: boolean): Promise<StoredPublication> {
  await emptyBallotBox(db, waveId, "all");
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`publish:${waveId}`}))`;
      const wave = await tx.wave.findUniqueOrThrow({
        where: { id: waveId },
        select: { k: true, commentK: true, organisationId: true },
      });
      const earlier = (await tx.resultsSnapshot.findMany({ where: { waveId }, orderBy: { seq: "asc" } })).map(asStored);
      const last = earlier.at(-1);
      if (last?.final) return last;
      const base = last?.structure ?? (await currentStructure(tx, wave.organisationId));
      const { structure, atoms } = normaliseAtoms(base, await aggregateAtoms(tx, waveId));
      const catalogue = buildCatalogue(structure, atoms);
      const cumulative = [...earlier.map((p) => alignTo(catalogue, p.atoms)), catalogue.atoms];
      const increments = cumulative.map((atoms, j) => (j === 0 ? atoms : difference(atoms, cumulative[j - 1]!)));
      const arrived = increments.at(-1)!.reduce((sum, a) => sum + a.respondents, 0);
      const thresholds = { k: wave.k, commentK: wave.commentK };
      if (!final && arrived < wave.k)
        throw new ConflictError(
          `Fewer than ${wave.k} people have answered since the last snapshot, so nothing new can be shown yet without singling them out.`,
        );
      let published = {
        structure,
        atoms,
        plan: planDisclosure(
          catalogue,
          increments,
          earlier.map((p) => p.plan),
          thresholds,
          final,
        ),
      };
      if (!published.plan.groups.includes(ALL) && last) {
        if (!final)
          throw new ConflictError(
            `The people who answered since the last snapshot cannot be added without singling some of them out; wait for more answers.`,
          );
        // Too few answered after the last snapshot to add them: the last snapshot stands, without comments
        // (which cannot be told apart by snapshot).
        published = { structure: last.structure, atoms: last.atoms, plan: { ...last.plan, comments: [] } };
      }
      const row = await tx.resultsSnapshot.create({
        data: {
          waveId,
          seq: (last?.seq ?? 0) + 1,
          final,
          structure: published.structure as unknown as Prisma.InputJsonValue,
          atoms: published.atoms as unknown as Prisma.InputJsonValue,
          plan: published.plan as unknown as Prisma.InputJsonValue,
        },
      });
      return asStored(row);
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

export type WaveForResults = {
  id: string;
  status: "draft" | "open" | "closed";
  opensAt: Date | null;
  closesAt: Date | null;
  resultsRelease: "after_close" | "snapshots";
};

/**
 * What a wave's results show now: its final publication once closed (published on first read if the
 * closing request did not get that far, or the close date passed), else its latest snapshot when
 * snapshots are chosen, else nothing yet.
 */
export async function currentPublication(db: Db, wave: WaveForResults): Promise<StoredPublication | null> {
  if (wavePhase(wave) === "closed") {
    const final = await db.resultsSnapshot.findFirst({ where: { waveId: wave.id, final: true } });
    if (final) return cached(asStored(final));
    if (wave.status === "open") {
      // Past its close date: closed for good. The share lock taken by submissions means none is still landing.
      await db.wave.updateMany({ where: { id: wave.id, status: "open" }, data: { status: "closed" } });
      await db.surveySession.deleteMany({ where: { waveId: wave.id } });
    }
    return cached(await publishResults(db, wave.id, true));
  }
  if (wave.resultsRelease !== "snapshots") return null;
  const latest = await db.resultsSnapshot.findFirst({
    where: { waveId: wave.id },
    orderBy: { seq: "desc" },
    select: { id: true },
  });
  if (!latest) return null;
  const hit = cache.get(latest.id);
  if (hit) return hit;
  return cached(asStored(await db.resultsSnapshot.findUniqueOrThrow({ where: { id: latest.id } })));
}

// Publications never change, so parsed ones are kept (a few dozen: the large ones are megabytes).
const cache = new Map<string, StoredPublication>();
function cached(publication: StoredPublication): StoredPublication {
  cache.delete(publication.id);
  cache.set(publication.id, publication);
  while (cache.size > 40) cache.delete(cache.keys().next().value!);
  return publication;
}
