/**
 * The model's influences as a scenario's edits leave them, kept as changes over the model's own list rather
 * than a copy keyed by (source, behaviour): a 1× model has 100,000 influences and a scenario changes a few,
 * and keying every one of them took a fifth of a what-if (issue 15: ≤ 500 ms at 1×). Only the pairs the
 * edits name are looked up. The list it gives is the one a Map keyed by pair would: a changed influence keeps
 * its place, a new one (or one removed and set again) comes last.
 */
import type { Influence } from "@/lib/model/model-schema";
import type { ScenarioEdit } from "./scenario-schema";

const pairKey = (from: string, to: string) => `${from}\u0000${to}`;

export class InfluenceOverlay {
  /** Where each pair an edit names sits in the model's list. */
  private readonly position = new Map<string, number>();
  /** Model influences changed (the new influence) or removed (null), by position. */
  private readonly changed = new Map<number, Influence | null>();
  /** Influences the model does not have, in the order set. */
  private readonly added = new Map<string, Influence>();
  /** Sources whose influences all went with them ("kpi:<key>" of a removed KPI). */
  private readonly removedSources = new Set<string>();

  constructor(
    private readonly base: readonly Influence[],
    edits: readonly ScenarioEdit[],
  ) {
    const named = new Set<string>();
    const behaviours = new Set<string>();
    for (const edit of edits)
      if (edit.edit === "setInfluence" || edit.edit === "removeInfluence") {
        named.add(pairKey(edit.from, edit.to));
        behaviours.add(edit.to);
      }
    if (!named.size) return;
    for (let i = 0; i < base.length; i++) {
      const { from, to } = base[i]!;
      if (!behaviours.has(to)) continue;
      const key = pairKey(from, to);
      if (named.has(key) && !this.position.has(key)) this.position.set(key, i);
    }
  }

  /** The position of a model influence still in place, or -1. */
  private alive(from: string, to: string): number {
    const i = this.position.get(pairKey(from, to));
    if (i === undefined || this.changed.get(i) === null || this.removedSources.has(from)) return -1;
    return i;
  }

  get(from: string, to: string): Influence | undefined {
    const key = pairKey(from, to);
    if (this.added.has(key)) return this.added.get(key);
    const i = this.alive(from, to);
    return i < 0 ? undefined : (this.changed.get(i) ?? this.base[i]);
  }

  set(influence: Influence): void {
    const key = pairKey(influence.from, influence.to);
    const i = this.added.has(key) ? -1 : this.alive(influence.from, influence.to);
    if (i >= 0) this.changed.set(i, influence);
    else this.added.set(key, influence);
  }

  /** Whether there was such an influence to remove. */
  delete(from: string, to: string): boolean {
    if (this.added.delete(pairKey(from, to))) return true;
    const i = this.alive(from, to);
    if (i < 0) return false;
    this.changed.set(i, null);
    return true;
  }

  /** Removes every influence from this source. */
  removeSource(from: string): void {
    this.removedSources.add(from);
    for (const [key, influence] of this.added) if (influence.from === from) this.added.delete(key);
  }

  /** The influences in order; the model's own list when nothing changed. */
  list(): Influence[] {
    if (!this.changed.size && !this.added.size && !this.removedSources.size) return this.base as Influence[];
    const list: Influence[] = [];
    for (let i = 0; i < this.base.length; i++) {
      const influence = this.base[i]!;
      if (this.removedSources.size && this.removedSources.has(influence.from)) continue;
      const changed = this.changed.get(i);
      if (changed === null) continue;
      list.push(changed ?? influence);
    }
    for (const influence of this.added.values()) list.push(influence);
    return list;
  }
}
