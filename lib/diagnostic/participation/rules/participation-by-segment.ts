/**
 * Participation per department, and per role within each department, from the participation record
 * (who was invited and whether they answered — never what: DESIGN §4.1.1, §4.4). Pure.
 *
 * Invited counts are the list and are not secret; answered counts are. An answered count is shown only
 * when the wave's disclosure rule shows that group (the same differencing check the results use, run on
 * the answered counts, so every view shows the same groups) and it is at least k; otherwise the row says
 * "fewer than k" or that it is hidden so that a smaller group's count cannot be worked out, and its rate
 * is hidden too.
 *
 * On top of that, one explicit guard against the subtraction this table invites: a department's count
 * less its shown sub-departments and shown roles must be 0 or at least k. When it is not (one role
 * hidden among shown ones, say), the department's role breakdown is not shown; if that is still not
 * enough, the department's own count is hidden. The disclosure plan already makes this hold; the guard
 * keeps it true for this table whatever the plan becomes.
 */
import { cellKey, emptyAtom, type Atom } from "../../disclosure/atoms";
import { buildCatalogue, groupId, isWithin, type Group } from "../../disclosure/group-catalogue";
import { planDisclosure } from "../../disclosure/plan-disclosure";
import { treeOrder } from "../../disclosure/results-view";
import { normaliseAtoms, type WaveStructure } from "../../disclosure/wave-structure";
import { PARTICIPATION_FLAG } from "../../rules/scoring";

/** Invitations of one (department, role, level) cell, answered or not. */
export type InvitationCell = {
  department: string | null;
  role: string | null;
  level: string | null;
  submitted: boolean;
  count: number;
};

export type HiddenBecause = "fewer-than-k" | "subtraction";

export type ParticipationFigure = {
  /** The department or role key; null for people whose department (or role) was not given. */
  key: string | null;
  invited: number;
  /** Null when hidden. */
  answered: number | null;
  hidden: HiddenBecause | null;
  /** Answered ÷ invited in per cent, one decimal; null when the count is hidden. */
  rate: number | null;
  /** Under 60 % (§4.1), also when the count is hidden but fewer than k answered out of many invited. */
  flagged: boolean;
};

export type DepartmentParticipation = ParticipationFigure & {
  /** 0 for a top-level department. */
  depth: number;
  /** The department's own roles (not its sub-departments'); empty when none or when hidden. */
  roles: ParticipationFigure[];
  /** True when the role breakdown is left out so that a role's count cannot be worked out. */
  rolesHidden: boolean;
};

export type ParticipationBySegment = {
  k: number;
  /** Everyone invited; null for a member who sees some departments only. */
  total: ParticipationFigure | null;
  departments: DepartmentParticipation[];
};

/** What a hidden count says: never how many. */
export function hiddenText(hidden: HiddenBecause, k: number): string {
  return hidden === "fewer-than-k" ? `fewer than ${k}` : "hidden, so that a smaller group’s count cannot be worked out";
}

export function participationBySegment(input: {
  structure: WaveStructure;
  cells: readonly InvitationCell[];
  k: number;
  /** Department keys the member is limited to (with their sub-departments); null for everything. */
  scope: readonly string[] | null;
}): ParticipationBySegment {
  const { k } = input;
  const invitedAtoms = new Map<string, Atom>();
  const answeredAtoms = new Map<string, Atom>();
  for (const cell of input.cells) {
    if (cell.count <= 0) continue;
    const key = cellKey(cell);
    const invited = invitedAtoms.get(key) ?? emptyAtom(cell);
    invitedAtoms.set(key, invited);
    invited.respondents += cell.count;
    const answered = answeredAtoms.get(key) ?? emptyAtom(cell);
    answeredAtoms.set(key, answered);
    if (cell.submitted) answered.respondents += cell.count;
  }
  const invitedNormalised = normaliseAtoms(input.structure, [...invitedAtoms.values()]);
  const catalogue = buildCatalogue(invitedNormalised.structure, invitedNormalised.atoms);
  const answeredByCell = new Map(
    normaliseAtoms(input.structure, [...answeredAtoms.values()]).atoms.map((a) => [cellKey(a), a.respondents]),
  );
  const answeredOf = catalogue.atoms.map((a) => answeredByCell.get(cellKey(a)) ?? 0);
  // Groups as the invitations define them; the people counted are those who answered.
  const answeredCatalogue = {
    ...catalogue,
    atoms: catalogue.atoms.map((a, i) => ({ ...a, respondents: answeredOf[i]! })),
  };
  const plan = planDisclosure(answeredCatalogue, [answeredCatalogue.atoms], [], { k, commentK: k }, false);
  const planned = new Set(plan.groups);

  const figure = (group: Group): ParticipationFigure => {
    const invited = group.atoms.reduce((sum, i) => sum + catalogue.atoms[i]!.respondents, 0);
    const answered = group.atoms.reduce((sum, i) => sum + answeredOf[i]!, 0);
    const hidden: HiddenBecause | null = answered < k ? "fewer-than-k" : planned.has(group.id) ? null : "subtraction";
    return {
      key: group.key,
      invited,
      answered: hidden ? null : answered,
      hidden,
      rate: hidden ? null : Math.round((1000 * answered) / invited) / 10,
      // Fewer than k answered out of many invited is under 60 % for sure.
      flagged: hidden
        ? answered < k && (k - 1) / invited < PARTICIPATION_FLAG
        : answered / invited < PARTICIPATION_FLAG,
    };
  };

  const roots = input.scope
    ?.map((key) => catalogue.byId.get(groupId("department", key)))
    .filter((g): g is Group => g !== undefined);
  const departmentGroups = treeOrder(
    catalogue,
    catalogue.groups.filter(
      (g) => g.kind === "department" && (!roots || roots.some((root) => isWithin(catalogue, g, root))),
    ),
  );
  const rows = departmentGroups.map((group) => ({
    group,
    row: {
      ...figure(group),
      depth: group.depth - 1,
      roles: catalogue.groups
        .filter((g) => g.kind === "role" && g.parent === group.id)
        .sort((a, b) => ((a.key ?? "") < (b.key ?? "") ? -1 : 1))
        .map(figure),
      rolesHidden: false,
    } satisfies DepartmentParticipation,
  }));
  const all = catalogue.groups.find((g) => g.kind === "all");
  const total = roots || !all ? null : figure(all);
  const answeredById = new Map(catalogue.groups.map((g) => [g.id, g.atoms.reduce((s, i) => s + answeredOf[i]!, 0)]));
  guardSubtraction(
    rows.map(({ group, row }) => ({
      id: group.id,
      parent: group.parent,
      row,
      answered: answeredById.get(group.id)!,
      roleAnswered: row.roles.map((r) => answeredById.get(groupId("role", r.key))!),
    })),
    total && all ? { id: all.id, row: total, answered: answeredById.get(all.id)! } : null,
    k,
  );
  // A member who sees some departments only has their own at the top.
  const top = Math.min(...rows.map(({ row }) => row.depth));
  return { k, total, departments: rows.map(({ row }) => ({ ...row, depth: row.depth - top })) };
}

type GuardNode = {
  id: string;
  parent: string | null;
  row: DepartmentParticipation;
  /** The true answered count, shown or not. */
  answered: number;
  /** The true answered count of each of `row.roles`, in the same order. */
  roleAnswered: number[];
};

/**
 * Hides what a reader could otherwise work out by subtraction in this table: for each shown count, the
 * count less the shown counts directly inside it (sub-departments, roles) must be 0 or at least k. A
 * department that fails loses its role breakdown, then its own count; the whole wave's count is hidden
 * if it fails. Repeats until nothing changes (hiding a count can only leave more inside its parent).
 * Mutates the rows.
 */
export function guardSubtraction(
  departments: readonly GuardNode[],
  total: { id: string; row: ParticipationFigure; answered: number } | null,
  k: number,
): void {
  const hide = (row: ParticipationFigure) => {
    row.answered = null;
    row.rate = null;
    row.hidden = "subtraction";
  };
  const remainder = (id: string, answered: number, node: GuardNode | null): number => {
    let rest = answered;
    for (const child of departments) if (child.parent === id && child.row.answered !== null) rest -= child.answered;
    if (node) node.row.roles.forEach((role, i) => role.answered !== null && (rest -= node.roleAnswered[i]!));
    return rest;
  };
  const unsafe = (rest: number) => rest > 0 && rest < k;
  for (let changed = true; changed;) {
    changed = false;
    for (const node of departments) {
      if (node.row.answered === null || !unsafe(remainder(node.id, node.answered, node))) continue;
      changed = true;
      if (!node.row.rolesHidden && node.row.roles.some((r) => r.answered !== null)) {
        node.row.rolesHidden = true;
        node.row.roles = [];
        node.roleAnswered = [];
        if (!unsafe(remainder(node.id, node.answered, node))) continue;
      }
      hide(node.row);
    }
    if (total && total.row.answered !== null && unsafe(remainder(total.id, total.answered, null))) {
      hide(total.row);
      changed = true;
    }
  }
}
