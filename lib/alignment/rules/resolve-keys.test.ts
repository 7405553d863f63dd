import { describe, expect, it } from "vitest";
import { hashOf, resolveKeys } from "./resolve-keys";

/** What the analysis did before: a Map filled in list order, so the last key listed wins. */
function byMap(keys: string[], prefixes: string[], references: string[]): number[] {
  const positions = new Map<string, number>();
  keys.forEach((key, k) => positions.set(prefixes[k]! + key, k));
  return references.map((reference) => positions.get(reference) ?? -1);
}

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe("resolveKeys", () => {
  it("answers as a Map filled in list order would, for small and large key lists", () => {
    for (const [count, seed] of [
      [0, 1],
      [1, 2],
      [7, 3],
      [3000, 4],
      [20000, 5],
    ] as const) {
      const next = random(seed);
      // Repeated keys, keys that differ only in their last character, accented and non-Latin keys.
      const alphabet = ["a", "b", "é", "ß", "客", "1", "-"];
      const keys = Array.from({ length: count }, (_, k) =>
        next() < 0.05 && k > 0
          ? `key${Math.floor(next() * k)}`
          : `key${k}${alphabet[Math.floor(next() * alphabet.length)]}`,
      );
      const prefixes = keys.map(() => (next() < 0.5 ? "kpi:" : "process:"));
      const references = Array.from({ length: count * 3 + 5 }, () => {
        const k = Math.floor(next() * count);
        const pick = next();
        if (count === 0 || pick < 0.1) return `missing${Math.floor(next() * 100)}`;
        if (pick < 0.2) return keys[k]!; // without its prefix: names nothing
        if (pick < 0.25) return `process:${keys[k]!}x`;
        return prefixes[k]! + keys[k]!;
      });
      const found = resolveKeys(
        { count, keyAt: (k) => keys[k]!, prefixAt: (k) => prefixes[k]! },
        references.length,
        (i) => references[i]!,
      );
      expect([...found], `${count} keys`).toEqual(byMap(keys, prefixes, references));
    }
  });

  it("never takes a shared hash for a match: keys whose hashes are equal are told apart by their characters", () => {
    // Found by hashing a few hundred thousand keys; the first check fails if the hash ever changes.
    const [first, second] = ["behaviour-316999075", "behaviour-884910328"];
    expect(hashOf("", first)).toBe(hashOf("", second));
    const others = Array.from({ length: 5000 }, (_, k) => `other${k}`);
    // Both keys listed: each reference finds its own. Only one listed: the other names nothing.
    const both = [...others, first, second, first];
    const noPrefix = both.map(() => "");
    const references = [second, first, "other7", `${first}x`];
    expect([...resolveKeys({ count: both.length, keyAt: (k) => both[k]! }, 4, (i) => references[i]!)]).toEqual(
      byMap(both, noPrefix, references),
    );
    const one = [...others, first];
    expect([...resolveKeys({ count: one.length, keyAt: (k) => one[k]! }, 4, (i) => references[i]!)]).toEqual([
      -1, 5000, 7, -1,
    ]);
  });
});
