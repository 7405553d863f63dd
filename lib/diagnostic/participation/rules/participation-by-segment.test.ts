import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { smallestCombination } from "../../disclosure/brute-force.test-support";
import type { WaveStructure } from "../../disclosure/wave-structure";
import {
  guardSubtraction,
  hiddenText,
  participationBySegment,
  type DepartmentParticipation,
  type InvitationCell,
  type ParticipationBySegment,
} from "./participation-by-segment";

const STRUCTURE: WaveStructure = {
  departments: [
    { key: "contact", parent: null },
    { key: "claims", parent: null },
    { key: "motor", parent: "claims" },
  ],
  roles: [
    { key: "advisor", department: "contact" },
    { key: "team-leader", department: "contact" },
    { key: "coach", department: "contact" },
    { key: "handler", department: "claims" },
    { key: "assessor", department: "motor" },
  ],
};

/** `invited` people of a cell, the first `answered` of whom answered. */
function cells(
  department: string | null,
  role: string | null,
  invited: number,
  answered: number,
  level: string | null = "frontline",
): InvitationCell[] {
  return [
    { department, role, level, submitted: true, count: answered },
    { department, role, level, submitted: false, count: invited - answered },
  ];
}

const department = (result: ParticipationBySegment, key: string | null) =>
  result.departments.find((d) => d.key === key)!;

/** Every count a reader sees in the table, as the set of people behind it. */
function shownCounts(result: ParticipationBySegment): number[] {
  return [
    ...(result.total?.answered != null ? [result.total.answered] : []),
    ...result.departments.flatMap((d) => [
      ...(d.answered !== null ? [d.answered] : []),
      ...d.roles.flatMap((r) => (r.answered !== null ? [r.answered] : [])),
    ]),
  ];
}

describe("participation by segment", () => {
  it("counts invited and answered per department and role, with the rate, from the participation record", () => {
    const result = participationBySegment({
      structure: STRUCTURE,
      cells: [...cells("contact", "advisor", 10, 8), ...cells("contact", "team-leader", 8, 6)],
      k: 5,
      scope: null,
    });
    expect(result.total).toEqual({ key: null, invited: 18, answered: 14, hidden: null, rate: 77.8, flagged: false });
    expect(result.departments).toEqual([
      {
        key: "contact",
        depth: 0,
        invited: 18,
        answered: 14,
        hidden: null,
        rate: 77.8,
        flagged: false,
        rolesHidden: false,
        roles: [
          { key: "advisor", invited: 10, answered: 8, hidden: null, rate: 80, flagged: false },
          { key: "team-leader", invited: 8, answered: 6, hidden: null, rate: 75, flagged: false },
        ],
      },
    ]);
  });

  it("says 'fewer than k' for any answered count under k, with no rate, and still gives the invited count", () => {
    const result = participationBySegment({
      structure: STRUCTURE,
      cells: [...cells("contact", "advisor", 12, 4), ...cells("claims", "handler", 9, 0)],
      k: 5,
      scope: null,
    });
    const contact = department(result, "contact");
    expect(contact).toMatchObject({ invited: 12, answered: null, rate: null, hidden: "fewer-than-k", flagged: true });
    expect(department(result, "claims")).toMatchObject({ invited: 9, answered: null, hidden: "fewer-than-k" });
    expect(contact.roles[0]).toMatchObject({ key: "advisor", invited: 12, answered: null, hidden: "fewer-than-k" });
    expect(hiddenText("fewer-than-k", 5)).toBe("fewer than 5");
    // Fewer than 5 of 6 invited could be 4 (67 %): not flagged for sure.
    const small = participationBySegment({
      structure: STRUCTURE,
      cells: cells("contact", null, 6, 4),
      k: 5,
      scope: null,
    });
    expect(department(small, "contact").flagged).toBe(false);
  });

  it("shows nothing of the answers: a count of people who answered is all it knows", () => {
    const result = participationBySegment({
      structure: STRUCTURE,
      cells: cells("claims", "handler", 7, 7),
      k: 5,
      scope: null,
    });
    expect(Object.keys(department(result, "claims")).sort()).toEqual(
      ["answered", "depth", "flagged", "hidden", "invited", "key", "rate", "roles", "rolesHidden"].sort(),
    );
  });

  it("gives a department head their departments only, their own at the top, and no whole-wave count", () => {
    const result = participationBySegment({
      structure: STRUCTURE,
      cells: [
        ...cells("contact", "advisor", 10, 8),
        ...cells("claims", "handler", 10, 7),
        ...cells("motor", "assessor", 6, 6),
      ],
      k: 5,
      scope: ["motor"],
    });
    expect(result.total).toBeNull();
    expect(result.departments.map((d) => [d.key, d.depth, d.answered])).toEqual([["motor", 0, 6]]);
  });
});

describe("subtraction attacks on the participation table", () => {
  it("a department (13) less its shown roles cannot give away the one role of 2: a second role is hidden too", () => {
    const result = participationBySegment({
      structure: STRUCTURE,
      cells: [
        ...cells("contact", "advisor", 8, 6),
        ...cells("contact", "team-leader", 7, 5),
        ...cells("contact", "coach", 3, 2),
      ],
      k: 5,
      scope: null,
    });
    const contact = department(result, "contact");
    expect(contact.answered).toBe(13);
    expect(contact.roles.find((r) => r.key === "coach")).toMatchObject({ answered: null, hidden: "fewer-than-k" });
    // The attack: 13 − the shown roles. It must not leave 1…4 people.
    const rest = contact.answered! - contact.roles.reduce((sum, r) => sum + (r.answered ?? 0), 0);
    expect(rest === 0 || rest >= 5).toBe(true);
    expect(contact.roles.filter((r) => r.answered === null).length).toBeGreaterThanOrEqual(2);
  });

  it("the whole wave less the departments shown cannot give away a department of fewer than k", () => {
    const result = participationBySegment({
      structure: STRUCTURE,
      cells: [...cells("contact", "advisor", 10, 9), ...cells("claims", "handler", 10, 1)],
      k: 5,
      scope: null,
    });
    const shownDepartments = result.departments.filter((d) => d.depth === 0 && d.answered !== null);
    const rest = (result.total?.answered ?? 0) - shownDepartments.reduce((sum, d) => sum + d.answered!, 0);
    expect(rest === 0 || rest >= 5).toBe(true);
    expect(result.total?.answered === null || shownDepartments.length === 0).toBe(true);
  });

  it("the guard itself: exactly one role hidden under a shown department drops the role breakdown", () => {
    const row = (answered: number | null): DepartmentParticipation => ({
      key: "contact",
      depth: 0,
      invited: 20,
      answered,
      hidden: null,
      rate: 50,
      flagged: false,
      rolesHidden: false,
      roles: [
        { key: "advisor", invited: 10, answered: 7, hidden: null, rate: 70, flagged: false },
        { key: "coach", invited: 4, answered: null, hidden: "fewer-than-k", rate: null, flagged: true },
      ],
    });
    const contact = row(10);
    guardSubtraction(
      [{ id: "department:contact", parent: "all", row: contact, answered: 10, roleAnswered: [7, 3] }],
      null,
      5,
    );
    expect(contact).toMatchObject({ answered: 10, rolesHidden: true, roles: [] });

    // With no roles to drop, the department's own count goes: 12 less its shown sub-department's 10 is 2.
    const claims = { ...row(12), key: "claims", roles: [] };
    const motor = { ...row(10), key: "motor", depth: 1, roles: [] };
    guardSubtraction(
      [
        { id: "department:claims", parent: "all", row: claims, answered: 12, roleAnswered: [] },
        { id: "department:motor", parent: "department:claims", row: motor, answered: 10, roleAnswered: [] },
      ],
      null,
      5,
    );
    expect(claims).toMatchObject({ answered: null, rate: null, hidden: "subtraction" });
    expect(motor.answered).toBe(10);
  });

  it("no combination of the counts shown, added or subtracted, isolates 1 to k − 1 people (random waves)", () => {
    const departments = ["contact", "claims", "motor"] as const;
    const roleOf = { contact: ["advisor", "team-leader", null], claims: ["handler", null], motor: ["assessor"] };
    const cell = fc.record({
      department: fc.constantFrom<(typeof departments)[number] | null>(...departments, null),
      pick: fc.nat(2),
      level: fc.constantFrom("leader", "frontline", null),
      invited: fc.integer({ min: 1, max: 9 }),
      answered: fc.nat(9),
    });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 7 }), fc.integer({ min: 3, max: 5 }), (drawn, k) => {
        const atoms = new Map<
          string,
          { department: string | null; role: string | null; level: string | null; invited: number; answered: number }
        >();
        for (const c of drawn) {
          const roles = c.department ? roleOf[c.department] : [null];
          const role = roles[c.pick % roles.length] ?? null;
          const key = JSON.stringify([c.department, role, c.level]);
          const atom = atoms.get(key) ?? { department: c.department, role, level: c.level, invited: 0, answered: 0 };
          atom.invited += c.invited;
          atom.answered += Math.min(c.answered, c.invited);
          atoms.set(key, atom);
        }
        const list = [...atoms.values()];
        const result = participationBySegment({
          structure: STRUCTURE,
          cells: list.flatMap((a) => cells(a.department, a.role, a.invited, a.answered, a.level)),
          k,
          scope: null,
        });
        // Each shown count as the people behind it, per atom (an independent reference, by brute force).
        const inDepartment = (atom: (typeof list)[number], key: string | null): boolean =>
          atom.department === key || (key === "claims" && atom.department === "motor");
        const vectors: number[][] = [];
        const push = (shown: boolean, member: (atom: (typeof list)[number]) => boolean, count: number | null) => {
          if (!shown) return;
          const vector = list.map((a) => (member(a) ? a.answered : 0));
          expect(vector.reduce((s, v) => s + v, 0)).toBe(count);
          vectors.push(vector);
        };
        push(result.total?.answered != null, () => true, result.total?.answered ?? null);
        for (const d of result.departments) {
          push(d.answered !== null, (a) => inDepartment(a, d.key), d.answered);
          for (const r of d.roles) push(r.answered !== null, (a) => a.role === r.key, r.answered);
        }
        expect(shownCounts(result).every((n) => n >= k)).toBe(true);
        expect(smallestCombination(vectors, k)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
