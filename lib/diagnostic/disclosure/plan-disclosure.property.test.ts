/**
 * DESIGN §4.1.1 attacked by brute force: random waves (nested departments, roles, levels, don't-know
 * answers), k from 3 to 10, results published once or in snapshots as the wave fills; whatever a
 * member can see, over every publication, no pair of visible groups and no combination of them
 * isolates 1…k−1 people — for respondents, each statement's answer count and each dimension — nor
 * 1…commentK−1 for comments.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DIMENSIONS } from "../instrument-schema";
import { type Atom, accumulate, cellKey, emptyAtom } from "./atoms";
import { families, smallestCombination, smallestPairDifference, type Vector } from "./brute-force.test-support";
import { buildCatalogue } from "./group-catalogue";
import { type DisclosurePlan, planDisclosure } from "./plan-disclosure";
import { viewResults } from "./results-view";
import type { WaveStructure } from "./wave-structure";

const ITEMS = ["q1", "q2", "q3"];

type Wave = {
  structure: WaveStructure;
  cells: { department: string | null; role: string | null; level: string | null }[];
};

const waveArbitrary: fc.Arbitrary<Wave> = fc
  .record({
    tops: fc.integer({ min: 1, max: 4 }),
    children: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 4, maxLength: 4 }),
    roles: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 12, maxLength: 12 }),
  })
  .map(({ tops, children, roles }) => {
    const departments: WaveStructure["departments"] = [];
    for (let t = 0; t < tops; t++) {
      departments.push({ key: `d${t}`, parent: null });
      for (let c = 0; c < children[t]!; c++) departments.push({ key: `d${t}.${c}`, parent: `d${t}` });
    }
    const roleList = departments.flatMap((d, i) =>
      Array.from({ length: roles[i % roles.length]! }, (_, r) => ({ key: `${d.key}-r${r}`, department: d.key })),
    );
    const cells = [
      ...departments.flatMap((d) => [{ department: d.key, role: null }]),
      ...roleList.map((r) => ({ department: r.department, role: r.key })),
      { department: null, role: null },
    ].flatMap((c) => (["leader", "manager", "frontline", null] as const).map((level) => ({ ...c, level })));
    return { structure: { departments, roles: roleList }, cells };
  });

/** Respondents per cell (mostly empty), with don't-know answers and blank dimensions. */
const incrementArbitrary = (wave: Wave): fc.Arbitrary<Atom[]> =>
  fc
    .array(
      fc.record({
        cell: fc.integer({ min: 0, max: wave.cells.length - 1 }),
        respondents: fc.integer({ min: 1, max: 9 }),
        missing: fc.array(fc.integer({ min: 0, max: 3 }), {
          minLength: ITEMS.length + DIMENSIONS.length,
          maxLength: ITEMS.length + DIMENSIONS.length,
        }),
      }),
      { maxLength: 14 },
    )
    .map((entries) => {
      const atoms = new Map<string, Atom>();
      for (const entry of entries) {
        const cell = wave.cells[entry.cell]!;
        const atom = emptyAtom(cell);
        atom.respondents = entry.respondents;
        ITEMS.forEach((key, i) => {
          const n = Math.max(0, entry.respondents - entry.missing[i]!);
          atom.items[key] = { n, sum: 3 * n, favourable: n, unfavourable: 0 };
        });
        DIMENSIONS.forEach((d, i) => {
          const n = Math.max(0, entry.respondents - entry.missing[ITEMS.length + i]!);
          atom.dimensions[d] = { respondents: n, sumOfScores: 3 * n };
        });
        const existing = atoms.get(cellKey(cell));
        if (existing) accumulate(existing, atom);
        else atoms.set(cellKey(cell), atom);
      }
      return [...atoms.values()];
    });

/** Cumulative atoms after each increment, aligned on the final cells. */
function publish(wave: Wave, increments: Atom[][], k: number, commentK: number) {
  const cumulative: Atom[][] = [];
  const running = new Map<string, Atom>();
  for (const increment of increments) {
    for (const atom of increment) {
      const existing = running.get(cellKey(atom));
      if (existing) accumulate(existing, atom);
      else
        running.set(
          cellKey(atom),
          (() => {
            const a = emptyAtom(atom);
            accumulate(a, atom);
            return a;
          })(),
        );
    }
    cumulative.push(
      [...running.values()].map((a) => {
        const c = emptyAtom(a);
        accumulate(c, a);
        return c;
      }),
    );
  }
  const plans: DisclosurePlan[] = [];
  const catalogues = [];
  for (let t = 0; t < increments.length; t++) {
    const catalogue = buildCatalogue(wave.structure, cumulative[t]!);
    const aligned = increments
      .slice(0, t + 1)
      .map((increment) =>
        catalogue.atoms.map((atom) => increment.find((a) => cellKey(a) === cellKey(atom)) ?? emptyAtom(atom)),
      );
    plans.push(planDisclosure(catalogue, aligned, plans, { k, commentK }, t === increments.length - 1));
    catalogues.push(catalogue);
  }
  return { cumulative, plans, catalogues };
}

describe("the disclosure plan against subtraction", () => {
  it("leaves no pair or combination of visible groups, over every publication, isolating fewer than k people", () => {
    fc.assert(
      fc.property(
        waveArbitrary.chain((wave) =>
          fc.record({
            wave: fc.constant(wave),
            increments: fc.array(incrementArbitrary(wave), { minLength: 1, maxLength: 3 }),
          }),
        ),
        fc.integer({ min: 3, max: 10 }),
        fc.integer({ min: 0, max: 5 }),
        ({ wave, increments }, k, extraCommentK) => {
          const commentK = k + extraCommentK;
          const { plans, catalogues } = publish(wave, increments, k, commentK);
          // Cells: (final atom, increment); a group at publication t holds its atoms' people of increments ≤ t.
          const final = catalogues[catalogues.length - 1]!;
          const cells = final.atoms.flatMap((atom) => increments.map((_, j) => ({ atom, j })));
          const incrementCount = (atom: Atom, j: number, count: (a: Atom) => number) => {
            const found = increments[j]!.find((a) => cellKey(a) === cellKey(atom));
            return found ? count(found) : 0;
          };
          const nameOf = (family: string) => family;
          for (const familyName of [
            "respondents",
            ...ITEMS.map((i) => `item ${i}`),
            ...DIMENSIONS.map((d) => `dimension ${d}`),
          ]) {
            const vectors: Vector[] = [];
            plans.forEach((plan, t) => {
              const family = families(plan).find((f) => f.name === familyName);
              if (!family) return;
              for (const id of family.groups) {
                const group = catalogues[t]!.byId.get(id)!;
                const members = new Set(group.atoms.map((i) => cellKey(catalogues[t]!.atoms[i]!)));
                vectors.push(
                  cells.map(({ atom, j }) =>
                    j <= t && members.has(cellKey(atom)) ? incrementCount(atom, j, family.count) : 0,
                  ),
                );
              }
            });
            expect(smallestPairDifference(vectors, k), nameOf(familyName)).toBeNull();
            if (vectors.length <= 9) expect(smallestCombination(vectors, k), nameOf(familyName)).toBeNull();
          }
          // Comments: one look, after the wave closes, at the comment threshold.
          const last = plans[plans.length - 1]!;
          const commentVectors = last.comments.map((id) => {
            const members = new Set(final.byId.get(id)!.atoms);
            return final.atoms.map((atom, i) => (members.has(i) ? atom.respondents : 0));
          });
          expect(smallestPairDifference(commentVectors, commentK)).toBeNull();
          if (commentVectors.length <= 9) expect(smallestCombination(commentVectors, commentK)).toBeNull();
        },
      ),
      { numRuns: 300 },
    );
  });

  it("shows in every view only groups of the plan, so views cannot be combined into more", () => {
    fc.assert(
      fc.property(
        waveArbitrary.chain((wave) => fc.record({ wave: fc.constant(wave), atoms: incrementArbitrary(wave) })),
        fc.integer({ min: 3, max: 8 }),
        ({ wave, atoms }, k) => {
          const catalogue = buildCatalogue(wave.structure, atoms);
          const plan = planDisclosure(catalogue, [catalogue.atoms], [], { k, commentK: k + 2 }, true);
          const items = ITEMS.map((key) => ({
            key,
            dimension: "practical" as const,
            theme: "t",
            text: "statement",
            reversed: false,
          }));
          const publication = {
            catalogue,
            plan,
            thresholds: { k, commentK: k + 2 },
            items,
            commentsReleased: true,
            comments: () => ({ practical: [], personal: [], possible: [] }),
          };
          const planned = new Map(plan.groups.map((id) => [id, catalogue.byId.get(id)!.respondents]));
          const scopes = [
            { kind: "everyone" as const },
            ...wave.structure.departments.map((d) => ({ kind: "departments" as const, keys: [d.key] })),
            { kind: "departments" as const, keys: wave.structure.departments.map((d) => d.key) },
          ];
          for (const scope of scopes) {
            for (const by of ["department", "role", "level"] as const) {
              const results = viewResults(publication, scope, null, by);
              const labelled = [
                { kind: results.total.key === "all" ? "all" : "department", segment: results.total },
                ...(results.breakdown?.segments ?? []).map((segment) => ({ kind: by, segment })),
              ];
              for (const { kind, segment } of labelled) {
                if (!segment.shown) {
                  expect(segment).not.toHaveProperty("respondents");
                  continue;
                }
                expect(segment.respondents).toBeGreaterThanOrEqual(k);
                if (segment.key === "your departments") continue; // a sum of shown departments
                const id = kind === "all" ? "all" : `${kind}:${segment.key}`;
                expect(planned.get(id), `${id} is in the plan`).toBe(segment.respondents);
              }
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
