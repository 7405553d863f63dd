/**
 * Property-based tests: for random valid models the engine never throws, every subject exists, and each
 * rule agrees with a brute-force reference written here independently of the engine (no shared index,
 * no shared severity helpers).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { modelArbitrary } from "@/lib/model/model-arbitrary";
import type { ModelDocument } from "@/lib/model/model-schema";
import { validateModelValue } from "@/lib/model/rules/validate-model";
import { analyzeModel } from "./analyze-model";

type Row = string;
const row = (rule: string, severity: string, ...subjects: string[]): Row => `${rule} ${severity} ${subjects.join(",")}`;
const LEVELS = ["low", "medium", "high", "critical"];

function referenceFindings(m: ModelDocument): Row[] {
  const rows: Row[] = [];
  const approved = m.behaviours.filter((b) => b.status === "approved");
  const role = (key: string) => m.roles.find((r) => r.key === key)!;
  const on = (b: string) => m.influences.filter((i) => i.to === b);
  for (const b of approved) {
    const facing = role(b.role).customerFacing;
    for (const i of on(b.key)) {
      if (i.effect !== "obstructs") continue;
      const [kind, key] = i.from.split(":") as [string, string];
      if (kind === "kpi") {
        const k = m.kpis.find((x) => x.key === key)!;
        let level = 1;
        if (k.payLinked && facing) level = 3;
        else if (k.payLinked || facing) level = 2;
        if (k.horizon === "short" && k.category === "financial")
          rows.push(row("F3", LEVELS[Math.min(level + 1, 3)]!, key, b.key));
        else rows.push(row("F1", LEVELS[level]!, key, b.key));
      } else {
        rows.push(row("F4", facing ? "high" : "medium", key, b.key));
      }
    }
    const kpiInfluences = on(b.key).filter((i) => i.from.startsWith("kpi:"));
    for (const s of kpiInfluences.filter((i) => i.effect === "supports")) {
      for (const o of kpiInfluences.filter((i) => i.effect === "obstructs")) {
        rows.push(row("F2", "high", b.key, s.from.slice(4), o.from.slice(4)));
      }
    }
    const supported = on(b.key).some((i) => i.effect === "supports");
    const obstructed = on(b.key).some((i) => i.effect === "obstructs");
    if (!supported) rows.push(row("F5", obstructed ? "high" : "medium", b.key));
  }
  for (const k of m.kpis) if (!m.influences.some((i) => i.from === `kpi:${k.key}`)) rows.push(row("F6", "low", k.key));
  for (const t of m.touchpoints)
    if (!approved.some((b) => b.role === t.role && b.stage === t.stage))
      rows.push(row("F7", "medium", t.role, t.stage));
  for (const y of m.systems) {
    const supportsApproved = m.influences.some(
      (i) => i.from === `system:${y.key}` && i.effect === "supports" && approved.some((b) => b.key === i.to),
    );
    const poor =
      (y.trainedShare !== undefined && y.trainedShare < 0.6) ||
      (y.peopleSpend !== undefined && y.technologySpend !== undefined && y.peopleSpend < y.technologySpend);
    if (supportsApproved && poor) rows.push(row("F8", "medium", y.key));
  }
  rows.push(...incentiveReference(m));
  return rows.sort();
}

/** F9–F12, straight from the table of DESIGN §4.2, by brute force over the model's lists. */
function incentiveReference(m: ModelDocument): Row[] {
  const rows: Row[] = [];
  const approved = m.behaviours.filter((b) => b.status === "approved");
  const measures = (kpiKey: string, roleKey: string) =>
    (m.kpis.find((k) => k.key === kpiKey)?.measuredRoles ?? []).includes(roleKey);
  const influence = (from: string, to: string) => m.influences.find((i) => i.from === from && i.to === to);
  for (const k of m.kpis) {
    if (!k.payLinked) continue;
    const roles = k.measuredRoles ?? [];
    const counters = k.counters ?? [];
    const paired = roles.length === 0 ? counters.length > 0 : counters.some((c) => roles.some((r) => measures(c, r)));
    if (paired) continue;
    const obstructs = approved.some((b) => influence(`kpi:${k.key}`, b.key)?.effect === "obstructs");
    rows.push(row("F9", obstructs ? "high" : "medium", k.key));
  }
  for (const r of m.roles) {
    const measuring = m.kpis.filter((k) => measures(k.key, r.key));
    const own = approved.filter((b) => b.role === r.key);
    if (measuring.some((k) => k.payLinked) && own.length > 0) {
      const helped = own.filter((b) =>
        measuring.some((k) => influence(`kpi:${k.key}`, b.key)?.effect === "supports"),
      ).length;
      if (helped < own.length / 2) rows.push(row("F10", r.customerFacing ? "high" : "medium", r.key));
    }
    if (measuring.length === 1 && measuring[0]!.payLinked) rows.push(row("F11", "medium", r.key, measuring[0]!.key));
  }
  for (const link of m.kpiLinks ?? []) {
    if (link.effect !== "trades-off") continue;
    const k = m.kpis.find((x) => x.key === link.from)!;
    for (const b of approved) {
      if (influence(`kpi:${link.to}`, b.key)?.effect !== "supports") continue;
      if (influence(`kpi:${link.from}`, b.key)?.effect === "obstructs") continue;
      rows.push(row("F12", k.payLinked ? "high" : "medium", link.from, link.to, b.key));
    }
  }
  return rows;
}

function referenceAlignment(m: ModelDocument) {
  const approved = m.behaviours.filter((b) => b.status === "approved");
  const aligned = (key: string) => {
    const influences = m.influences.filter((i) => i.to === key);
    return influences.some((i) => i.effect === "supports") && !influences.some((i) => i.effect === "obstructs");
  };
  const index = (behaviours: typeof approved) =>
    behaviours.length === 0
      ? null
      : Math.round((1000 * behaviours.filter((b) => aligned(b.key)).length) / behaviours.length) / 10;
  const inDepartment = (roleKey: string, department: string): boolean => {
    for (
      let d: string | undefined = m.roles.find((r) => r.key === roleKey)!.department;
      d;
      d = m.departments.find((x) => x.key === d)!.parent
    ) {
      if (d === department) return true;
    }
    return false;
  };
  return {
    organisation: index(approved),
    departments: Object.fromEntries(
      m.departments.map((d) => [d.key, index(approved.filter((b) => inDepartment(b.role, d.key)))]),
    ),
    roles: Object.fromEntries(m.roles.map((r) => [r.key, index(approved.filter((b) => b.role === r.key))])),
    stages: Object.fromEntries(m.stages.map((s) => [s.key, index(approved.filter((b) => b.stage === s.key))])),
  };
}

describe("analyzeModel on random models", () => {
  it("generated models are valid documents", () => {
    fc.assert(
      fc.property(modelArbitrary(), (model) => {
        expect(validateModelValue(model)).toMatchObject({ ok: true });
      }),
      { numRuns: 150 },
    );
  });

  it("never throws, and every subject of every finding exists in the model", () => {
    fc.assert(
      fc.property(modelArbitrary(), (model) => {
        const { findings } = analyzeModel(model);
        const exists = {
          kpi: new Set(model.kpis.map((k) => k.key)),
          process: new Set(model.processes.map((p) => p.key)),
          system: new Set(model.systems.map((s) => s.key)),
          behaviour: new Set(model.behaviours.map((b) => b.key)),
          role: new Set(model.roles.map((r) => r.key)),
          stage: new Set(model.stages.map((s) => s.key)),
        };
        const links = new Set((model.kpiLinks ?? []).map((l) => `${l.from}>${l.to}`));
        for (const finding of findings.filter((f) => f.rule === "F12"))
          expect(links.has(`${finding.subjects[0]!.key}>${finding.subjects[1]!.key}`)).toBe(true);
        for (const finding of findings)
          for (const subject of finding.subjects) expect(exists[subject.kind].has(subject.key)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("every rule agrees with its brute-force reference", () => {
    fc.assert(
      fc.property(modelArbitrary(), (model) => {
        const actual = analyzeModel(model)
          .findings.map((f) => row(f.rule, f.severity, ...f.subjects.map((s) => s.key)))
          .sort();
        expect(actual).toEqual(referenceFindings(model));
      }),
      { numRuns: 400 },
    );
  });

  it("the alignment index agrees with its brute-force reference", () => {
    fc.assert(
      fc.property(modelArbitrary(), (model) => {
        expect(analyzeModel(model).alignment).toEqual(referenceAlignment(model));
      }),
      { numRuns: 300 },
    );
  });

  it("orders findings most severe first, then by rule, the same on every run", () => {
    const rank = (severity: string) => LEVELS.indexOf(severity);
    fc.assert(
      fc.property(modelArbitrary(), (model) => {
        const ids = analyzeModel(model).findings;
        const ruleNumber = (rule: string) => Number(rule.slice(1));
        for (let i = 1; i < ids.length; i++) {
          const [a, b] = [ids[i - 1]!, ids[i]!];
          expect(
            rank(a.severity) > rank(b.severity) ||
              (a.severity === b.severity && ruleNumber(a.rule) <= ruleNumber(b.rule)),
          ).toBe(true);
        }
        expect(analyzeModel(structuredClone(model)).findings.map((f) => f.id)).toEqual(ids.map((f) => f.id));
      }),
      { numRuns: 200 },
    );
  });
});
