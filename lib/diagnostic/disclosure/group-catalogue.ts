/**
 * Every group whose figures anyone could be shown for a wave, in the order they are considered: the
 * whole wave, departments (each with its sub-departments) from the top down, levels, then roles.
 * Departments and roles form one tree (a role sits in its department); levels cut across it. Pure.
 */
import type { Atom } from "./atoms";
import type { WaveStructure } from "./wave-structure";

export const NOT_STATED = "(not stated)";
export const ALL = "all";
export type GroupKind = "all" | "department" | "role" | "level";
export type Group = {
  id: string;
  kind: GroupKind;
  /** The department, role or level key; null for "not stated" (and for the whole wave). */
  key: string | null;
  /** The enclosing group in the department tree (levels and the whole wave have none). */
  parent: string | null;
  depth: number;
  respondents: number;
  /** Indices into the catalogue's atoms. */
  atoms: number[];
};

export type Catalogue = {
  atoms: Atom[];
  structure: WaveStructure;
  /** In the order they are considered for showing: more important first. */
  groups: Group[];
  byId: Map<string, Group>;
  /** Per atom: the group id of its level. */
  levelOf: string[];
  /** Per atom: the smallest tree group it belongs to (its role, else its department, else "no department"). */
  leafOf: string[];
};

export const LEVEL_ORDER = ["leader", "frontline", "manager", null] as const;

export const groupId = (kind: GroupKind, key: string | null): string =>
  kind === "all" ? ALL : `${kind}:${key ?? NOT_STATED}`;

export function buildCatalogue(structure: WaveStructure, atoms: Atom[]): Catalogue {
  const known = new Set(structure.departments.map((d) => d.key));
  const parentOf = new Map(
    structure.departments.map((d) => [
      d.key,
      d.parent !== null && known.has(d.parent) && d.parent !== d.key ? d.parent : null,
    ]),
  );
  const roleDepartment = new Map(structure.roles.map((r) => [r.key, r.department]));
  const byId = new Map<string, Group>();
  const ensure = (kind: GroupKind, key: string | null, parent: string | null, depth: number): Group => {
    const id = groupId(kind, key);
    let group = byId.get(id);
    if (!group) byId.set(id, (group = { id, kind, key, parent, depth, respondents: 0, atoms: [] }));
    return group;
  };
  const all = ensure("all", null, null, 0);
  // A department's chain of enclosing departments, top first (a cycle in bad data is cut).
  const chain = (department: string): string[] => {
    const path: string[] = [];
    for (let at: string | null = department; at !== null && !path.includes(at); at = parentOf.get(at) ?? null)
      path.unshift(at);
    return path;
  };
  const levelOf: string[] = [];
  const leafOf: string[] = [];
  atoms.forEach((atom, index) => {
    const member = (group: Group) => {
      group.atoms.push(index);
      group.respondents += atom.respondents;
    };
    member(all);
    let parent = all;
    const department = atom.department ?? (atom.role !== null ? (roleDepartment.get(atom.role) ?? null) : null);
    const path = department === null ? [null] : chain(department);
    path.forEach((key, depth) => {
      parent = ensure("department", key, parent.id, depth + 1);
      member(parent);
    });
    if (atom.role !== null) {
      parent = ensure("role", atom.role, parent.id, parent.depth + 1);
      member(parent);
    }
    leafOf.push(parent.id);
    const level = ensure("level", atom.level, null, 1);
    member(level);
    levelOf.push(level.id);
  });
  const present = [...byId.values()].filter((g) => g.respondents > 0);
  const bySize = (a: Group, b: Group) =>
    a.depth - b.depth || b.respondents - a.respondents || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const groups = [
    ...present.filter((g) => g.kind === "all"),
    ...present.filter((g) => g.kind === "department").sort(bySize),
    ...LEVEL_ORDER.map((level) => byId.get(groupId("level", level))).filter(
      (g): g is Group => g !== undefined && g.respondents > 0,
    ),
    ...present.filter((g) => g.kind === "role").sort(bySize),
  ];
  return { atoms, structure, groups, byId: new Map(groups.map((g) => [g.id, g])), levelOf, leafOf };
}

/** Whether `group` is `ancestor` or lies inside it in the department tree. */
export function isWithin(catalogue: Catalogue, group: Group, ancestor: Group): boolean {
  for (let at: Group | undefined = group; at; at = at.parent ? catalogue.byId.get(at.parent) : undefined)
    if (at.id === ancestor.id) return true;
  return false;
}
