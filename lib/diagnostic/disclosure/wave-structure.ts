/**
 * The department tree and each role's department, as results use them. It is frozen with a wave's
 * first published results, so the groups shown never change shape while people compare views over
 * time. Atoms are normalised to it: a role's respondents count in the role's department, so roles
 * nest inside departments and the groups form one tree (which the anonymity check relies on). Pure.
 */
import { type Atom, accumulate, cellKey, emptyAtom } from "./atoms";

export type WaveStructure = {
  departments: { key: string; parent: string | null }[];
  roles: { key: string; department: string }[];
};

export const EMPTY_STRUCTURE: WaveStructure = { departments: [], roles: [] };

/**
 * The structure completed with what the atoms mention and it does not know (departments become
 * top-level; a role goes to the department most of its respondents gave, ties by key), and the atoms
 * moved into their role's department and merged.
 */
export function normaliseAtoms(
  structure: WaveStructure,
  atoms: readonly Atom[],
): { structure: WaveStructure; atoms: Atom[] } {
  const departments = new Map(structure.departments.map((d) => [d.key, d.parent]));
  const roleDepartment = new Map(structure.roles.map((r) => [r.key, r.department]));
  const votes = new Map<string, Map<string, number>>();
  for (const atom of atoms) {
    if (atom.role === null || roleDepartment.has(atom.role) || atom.department === null) continue;
    const byDepartment = votes.get(atom.role) ?? new Map<string, number>();
    votes.set(atom.role, byDepartment);
    byDepartment.set(atom.department, (byDepartment.get(atom.department) ?? 0) + atom.respondents);
  }
  const extraRoles: { key: string; department: string }[] = [];
  for (const [role, byDepartment] of [...votes].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [department] = [...byDepartment].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]!;
    roleDepartment.set(role, department);
    extraRoles.push({ key: role, department });
  }
  const merged = new Map<string, Atom>();
  for (const atom of atoms) {
    const department = (atom.role !== null ? roleDepartment.get(atom.role) : undefined) ?? atom.department;
    const cell = { department, role: atom.role, level: atom.level };
    const key = cellKey(cell);
    let target = merged.get(key);
    if (!target) merged.set(key, (target = emptyAtom(cell)));
    accumulate(target, atom);
  }
  const extraDepartments = new Set<string>();
  for (const atom of merged.values())
    if (atom.department !== null && !departments.has(atom.department)) extraDepartments.add(atom.department);
  for (const role of extraRoles) if (!departments.has(role.department)) extraDepartments.add(role.department);
  return {
    structure: {
      departments: [...structure.departments, ...[...extraDepartments].sort().map((key) => ({ key, parent: null }))],
      roles: [...structure.roles, ...extraRoles],
    },
    atoms: [...merged.values()].sort((a, b) => (cellKey(a) < cellKey(b) ? -1 : 1)),
  };
}
