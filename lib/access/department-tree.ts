/**
 * The department hierarchy, walked in one place. Departments are named by whatever key the caller has —
 * database ids (`{ key: d.id, parent: d.parentId }`) or model keys (`{ key: d.key, parent: d.parent }`).
 * Every walk stops at a cycle, so a model that has not been validated yet cannot hang a request.
 */
export type DepartmentLink = { key: string; parent?: string | null };

export class DepartmentTree {
  private readonly parentOf = new Map<string, string | null>();
  private readonly childrenOf = new Map<string, string[]>();

  constructor(departments: Iterable<DepartmentLink>) {
    for (const { key, parent } of departments) {
      this.parentOf.set(key, parent ?? null);
      if (parent) this.childrenOf.set(parent, [...(this.childrenOf.get(parent) ?? []), key]);
    }
  }

  has(key: string): boolean {
    return this.parentOf.has(key);
  }

  /** The department itself, then its parent, and so on up to the top (nearest first). */
  lineage(key: string): string[] {
    const found: string[] = [];
    for (let at: string | null | undefined = key; at != null && !found.includes(at); at = this.parentOf.get(at))
      found.push(at);
    return found;
  }

  /** Whether `key` is `ancestor` or lies below it. */
  isWithin(key: string, ancestor: string): boolean {
    return this.lineage(key).includes(ancestor);
  }

  /** Whether `key` is one of `ancestors` or lies below one of them. */
  isWithinAny(key: string, ancestors: ReadonlySet<string>): boolean {
    return this.lineage(key).some((at) => ancestors.has(at));
  }

  /** The top-level department `key` belongs to (itself when it has no parent). */
  topLevel(key: string): string {
    const lineage = this.lineage(key);
    return lineage[lineage.length - 1] ?? key;
  }

  /** The department and every department below it, the department first. */
  subtree(key: string): string[] {
    const found: string[] = [];
    const visit = (at: string) => {
      if (found.includes(at)) return;
      found.push(at);
      for (const child of this.childrenOf.get(at) ?? []) visit(child);
    };
    visit(key);
    return found;
  }

  /** Whether the department's parent chain leads back to itself. */
  isOwnAncestor(key: string): boolean {
    const parent = this.parentOf.get(key);
    return parent != null && this.lineage(parent).includes(key);
  }
}
