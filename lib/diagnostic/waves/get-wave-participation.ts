/** How many of a wave's invitation links were answered, per segment, as far as anonymity allows. */
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { emptyAtom, cellKey, type Atom } from "../disclosure/atoms";
import { buildCatalogue, groupId, isWithin, LEVEL_ORDER, NOT_STATED } from "../disclosure/group-catalogue";
import { planDisclosure } from "../disclosure/plan-disclosure";
import { treeOrder } from "../disclosure/results-view";
import { normaliseAtoms } from "../disclosure/wave-structure";
import { resultsScope } from "@/lib/diagnostic/results/results-scope";
import type { BreakdownField } from "../score-results";
import { PARTICIPATION_FLAG } from "@/lib/diagnostic/rules/scoring";

export type Participation = {
  segment: string;
  invited: number;
  /** Null when hidden: fewer than k, or a count that would let a smaller group's be worked out. */
  answered: number | null;
  hidden: string | null;
  rate: number | null;
  flagged: boolean;
};

/**
 * Invitation links answered ÷ sent, per department, role or level, from the participation record
 * (never from the answers). A count is shown only for groups the same differencing check allows, so
 * no group's count can be worked out as fewer than k; a department head sees their departments only.
 */
export async function waveParticipation(
  access: OrgAccess,
  waveId: string,
  by: BreakdownField = "department",
): Promise<Participation[]> {
  assertCan(access, "results:read");
  const scope = await resultsScope(access);
  const wave = await access.db.wave.findFirst({
    where: { id: waveId, organisationId: access.organisation.id },
    select: { k: true },
  });
  if (!wave) return [];
  const [cells, departments, roles] = await Promise.all([
    access.db.waveInvitation.groupBy({
      by: ["department", "role", "level", "submitted"],
      where: { waveId },
      _count: { _all: true },
    }),
    access.db.department.findMany({
      where: { organisationId: access.organisation.id },
      select: { key: true, parent: { select: { key: true } } },
    }),
    access.db.role.findMany({
      where: { organisationId: access.organisation.id },
      select: { key: true, department: { select: { key: true } } },
    }),
  ]);
  const invitedAtoms = new Map<string, Atom>();
  const answeredAtoms = new Map<string, Atom>();
  for (const cell of cells) {
    const key = cellKey(cell);
    const invited = invitedAtoms.get(key) ?? emptyAtom(cell);
    invitedAtoms.set(key, invited);
    invited.respondents += cell._count._all;
    if (!answeredAtoms.has(key)) answeredAtoms.set(key, emptyAtom(cell));
    if (cell.submitted) answeredAtoms.get(key)!.respondents += cell._count._all;
  }
  const structure = {
    departments: departments.map((d) => ({ key: d.key, parent: d.parent?.key ?? null })),
    roles: roles.map((r) => ({ key: r.key, department: r.department.key })),
  };
  const invitedNormalised = normaliseAtoms(structure, [...invitedAtoms.values()]);
  const invitedCatalogue = buildCatalogue(invitedNormalised.structure, invitedNormalised.atoms);
  const normalisedAnswered = normaliseAtoms(structure, [...answeredAtoms.values()]);
  const answeredByCell = new Map(normalisedAnswered.atoms.map((a) => [cellKey(a), a.respondents]));
  // Groups as the invitations define them; people counted are those who answered.
  const catalogue = {
    ...invitedCatalogue,
    atoms: invitedCatalogue.atoms.map((a) => ({ ...a, respondents: answeredByCell.get(cellKey(a)) ?? 0 })),
  };
  const plan = planDisclosure(catalogue, [catalogue.atoms], [], { k: wave.k, commentK: wave.k }, false);
  const shown = new Set(plan.groups);
  const roots = scope?.map((key) => catalogue.byId.get(groupId("department", key))).filter((g) => g !== undefined);
  const chosen = catalogue.groups.filter(
    (g) => g.kind === by && (!roots || (by !== "level" && roots.some((root) => isWithin(catalogue, g, root!)))),
  );
  // The same order as the results: departments as a tree, levels by rank, roles by key.
  const groups = by === "department" ? treeOrder(catalogue, chosen) : chosen;
  const order = (key: string | null) =>
    by === "level"
      ? LEVEL_ORDER.indexOf(key as (typeof LEVEL_ORDER)[number])
      : by === "department"
        ? groups.findIndex((g) => g.key === key)
        : 0;
  return groups
    .filter((g) => g.key !== null || by === "level")
    .map((group) => {
      const invited = group.atoms.reduce((sum, i) => sum + invitedCatalogue.atoms[i]!.respondents, 0);
      const answered = group.atoms.reduce((sum, i) => sum + catalogue.atoms[i]!.respondents, 0);
      const visible = shown.has(group.id) && answered >= wave.k;
      const hidden = visible
        ? null
        : answered < wave.k
          ? `fewer than ${wave.k}`
          : "hidden, so that a smaller group's count cannot be worked out";
      const rate = visible ? Math.round((1000 * answered) / invited) / 10 : null;
      // Under k answered out of many invited is under 60 % for sure.
      const flagged = visible
        ? answered / invited < PARTICIPATION_FLAG
        : answered < wave.k && (wave.k - 1) / invited < PARTICIPATION_FLAG;
      return {
        segment: group.key ?? NOT_STATED,
        invited,
        answered: visible ? answered : null,
        hidden,
        rate,
        flagged,
        sort: order(group.key),
      };
    })
    .sort((a, b) => a.sort - b.sort || (by === "role" ? a.segment.localeCompare(b.segment) : 0))
    .map(({ sort: _sort, ...p }) => p);
}
