/**
 * A wave's results as a member may see them: read from the wave's current publication and put
 * through the one view (`disclosure/results-view.ts`) that every page, chart, export and route uses.
 */
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { type OrgAccess } from "@/lib/access/org-access";
import { buildCatalogue, type Catalogue } from "@/lib/diagnostic/disclosure/group-catalogue";
import {
  type BreakdownField,
  type Focus,
  OutsideScopeError,
  type ReaderScope,
  type Results,
  viewResults,
} from "@/lib/diagnostic/disclosure/results-view";
import { DIMENSIONS, type Dimension, type Instrument } from "@/lib/diagnostic/instrument-schema";
import { cellKey } from "@/lib/diagnostic/disclosure/atoms";
import { commentsByCell } from "./aggregate-atoms";
import { currentPublication, type StoredPublication } from "./publish-results";
import { resultsScope } from "./results-scope";
import { type WaveDelta, waveDeltas } from "../rules/wave-deltas";

type WaveHeader = { id: string; name: string; status: string; resultsRelease: "after_close" | "snapshots" };

type Common = { wave: WaveHeader; statements: Instrument["items"]; memberScope: string[] | null };

export type WaveResults =
  | (Common & { available: false; message: string })
  | (Common &
      Results & {
        available: true;
        publication: { seq: number; final: boolean; publishedAt: string };
        previousWave: { name: string } | null;
        deltas: WaveDelta[];
      });

const catalogues = new WeakMap<StoredPublication, Catalogue>();

const catalogueOf = (publication: StoredPublication) => {
  let catalogue = catalogues.get(publication);
  if (!catalogue) catalogues.set(publication, (catalogue = buildCatalogue(publication.structure, publication.atoms)));
  return catalogue;
};

// A final publication's comments never change either; they are read when first shown.
const comments = new WeakMap<StoredPublication, Map<string, Record<Dimension, string[]>>>();

async function commentsOf(access: OrgAccess, waveId: string, publication: StoredPublication) {
  if (!publication.final || publication.plan.comments.length === 0) return undefined;
  let byCell = comments.get(publication);
  if (!byCell) comments.set(publication, (byCell = await commentsByCell(access.db, waveId, publication.structure)));
  const found = byCell;
  return (atoms: readonly { department: string | null; role: string | null; level: string | null }[]) => {
    const texts = Object.fromEntries(DIMENSIONS.map((d) => [d, [] as string[]])) as Record<Dimension, string[]>;
    for (const atom of atoms) for (const d of DIMENSIONS) texts[d].push(...(found.get(cellKey(atom))?.[d] ?? []));
    return texts;
  };
}

async function view(
  access: OrgAccess,
  waveId: string,
  publication: StoredPublication,
  instrument: Instrument,
  thresholds: { k: number; commentK: number },
  scope: ReaderScope,
  focus: Focus,
  by?: BreakdownField,
): Promise<Results> {
  try {
    return viewResults(
      {
        catalogue: catalogueOf(publication),
        plan: publication.plan,
        thresholds,
        items: instrument.items,
        commentsReleased: publication.final,
        comments: await commentsOf(access, waveId, publication),
      },
      scope,
      focus,
      by,
    );
  } catch (error) {
    if (error instanceof OutsideScopeError) throw new ForbiddenError("These results are outside your departments.");
    throw error;
  }
}

export async function getWaveResults(
  access: OrgAccess,
  waveId: string,
  by?: BreakdownField,
  focus: Focus = null,
): Promise<WaveResults> {
  const memberScope = await resultsScope(access);
  const scope: ReaderScope = memberScope ? { kind: "departments", keys: memberScope } : { kind: "everyone" };
  const wave = await access.db.wave.findFirst({
    where: { id: waveId, organisationId: access.organisation.id },
    include: { instrument: { include: { items: { orderBy: { position: "asc" } } } } },
  });
  if (!wave) throw new NotFoundError("Wave");
  const instrument: Instrument = {
    format: "throughline.instrument/1",
    name: wave.instrument.name,
    items: wave.instrument.items.map((i) => ({
      key: i.key,
      dimension: i.dimension,
      theme: i.theme,
      text: i.text,
      reversed: i.reversed,
    })),
  };
  const common: Common = {
    wave: { id: wave.id, name: wave.name, status: wave.status, resultsRelease: wave.resultsRelease },
    statements: instrument.items,
    memberScope,
  };
  const publication = await currentPublication(access.db, wave);
  if (!publication) {
    const message =
      wave.status === "draft"
        ? "Results appear once the wave has opened and closed."
        : wave.resultsRelease === "snapshots"
          ? "No snapshot of results has been published yet. A snapshot can be published once at least k people have answered."
          : "Results appear when the wave closes: figures that change with every answer would let each new answer be worked out.";
    return { ...common, available: false, message };
  }
  const thresholds = { k: wave.k, commentK: wave.commentK };
  const results = await view(access, wave.id, publication, instrument, thresholds, scope, focus, by);
  // The previous wave of the organisation, seen the same way (its own final publication).
  const previous = await access.db.wave.findFirst({
    where: { organisationId: access.organisation.id, createdAt: { lt: wave.createdAt }, status: "closed" },
    orderBy: { createdAt: "desc" },
  });
  const previousPublication = previous ? await currentPublication(access.db, previous) : null;
  let previousResults: Results | null = null;
  if (previous && previousPublication) {
    try {
      previousResults = await view(
        access,
        previous.id,
        previousPublication,
        instrument,
        { k: previous.k, commentK: previous.commentK },
        scope,
        focus,
      );
    } catch {
      previousResults = null;
    }
  }
  return {
    ...common,
    ...results,
    available: true,
    publication: { seq: publication.seq, final: publication.final, publishedAt: publication.publishedAt.toISOString() },
    previousWave: previous && previousPublication ? { name: previous.name } : null,
    deltas: waveDeltas(results, previousResults),
  };
}
