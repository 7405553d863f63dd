/**
 * A saved scenario as pages and routes see it, and the one rule of who sees one: its author, and every
 * member once it is shared. Anyone else is told it does not exist (404), as for another organisation's.
 */
import type { OrgAccess } from "@/lib/access/org-access";
import type { DbTx } from "@/lib/db/types";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { scenarioEditSchema, type ScenarioEdit } from "./rules/scenario-schema";

export type ScenarioView = {
  id: string;
  name: string;
  edits: ScenarioEdit[];
  shared: boolean;
  author: string;
  mine: boolean;
  appliedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export const scenarioInclude = { createdBy: { select: { name: true } } } as const;

type Row = {
  id: string;
  name: string;
  edits: unknown;
  shared: boolean;
  createdById: string;
  appliedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  createdBy: { name: string };
};

/** The stored edits, read back through the format's schema (a row written by an older format loses nothing silently). */
export function storedEdits(edits: unknown): ScenarioEdit[] {
  return Array.isArray(edits) ? edits.flatMap((edit) => scenarioEditSchema.safeParse(edit).data ?? []) : [];
}

export function scenarioView(access: OrgAccess, row: Row): ScenarioView {
  return {
    id: row.id,
    name: row.name,
    edits: storedEdits(row.edits),
    shared: row.shared,
    author: row.createdBy.name,
    mine: row.createdById === access.actor.id,
    appliedAt: row.appliedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A scenario the member may see, or 404. */
export async function visibleScenario(tx: DbTx, access: OrgAccess, id: string) {
  const row = await tx.scenario.findFirst({
    where: {
      id,
      organisationId: access.organisation.id,
      OR: [{ createdById: access.actor.id }, { shared: true }],
    },
    include: scenarioInclude,
  });
  if (!row) throw new NotFoundError("Scenario");
  return row;
}

/** A scenario the member may change: their own (others' shared ones can be read, not changed). */
export async function ownScenario(tx: DbTx, access: OrgAccess, id: string) {
  const row = await visibleScenario(tx, access, id);
  if (row.createdById !== access.actor.id) throw new ForbiddenError("Only the scenario's author can change it.");
  return row;
}
