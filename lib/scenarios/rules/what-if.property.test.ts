/**
 * What-if's property (issue 15): applying a scenario and comparing analyses is the same as analysing a
 * model edited by hand. The hand edit here is a brute-force reference written apart from apply-scenario
 * (plain array work on a deep copy, no maps, no shared helpers).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeModel } from "@/lib/alignment/rules/analyze-model";
import { modelArbitrary } from "@/lib/model/model-arbitrary";
import type { ModelDocument } from "@/lib/model/model-schema";
import { validateModelValue } from "@/lib/model/rules/validate-model";
import type { ScenarioEdit } from "./scenario-schema";
import { whatIf } from "./what-if";

function editByHand(original: ModelDocument, edits: ScenarioEdit[]): ModelDocument {
  const m: ModelDocument = JSON.parse(JSON.stringify(original));
  m.kpiLinks ??= [];
  for (const e of edits) {
    if (e.edit === "dropPayLink" || e.edit === "addPayLink") {
      m.kpis.find((k) => k.key === e.kpi)!.payLinked = e.edit === "addPayLink";
    } else if (e.edit === "removeKpi") {
      m.kpis = m.kpis.filter((k) => k.key !== e.kpi);
      for (const k of m.kpis) if (k.counters) k.counters = k.counters.filter((c) => c !== e.kpi);
      m.kpiLinks = m.kpiLinks.filter((l) => l.from !== e.kpi && l.to !== e.kpi);
      m.influences = m.influences.filter((i) => i.from !== `kpi:${e.kpi}`);
    } else if (e.edit === "addKpi") {
      m.kpis.push(JSON.parse(JSON.stringify(e.kpi)));
    } else if (e.edit === "addCounter") {
      const k = m.kpis.find((x) => x.key === e.kpi)!;
      k.counters = [...(k.counters ?? []), e.counter];
    } else if (e.edit === "removeCounter") {
      const k = m.kpis.find((x) => x.key === e.kpi)!;
      k.counters = k.counters!.filter((c) => c !== e.counter);
    } else if (e.edit === "setInfluence") {
      const found = m.influences.findIndex((i) => i.from === e.from && i.to === e.to);
      const why = e.why ?? (found >= 0 ? m.influences[found]!.why : undefined);
      const influence = { from: e.from, to: e.to, effect: e.effect, strength: e.strength, ...(why ? { why } : {}) };
      if (found >= 0) m.influences[found] = influence;
      else m.influences.push(influence);
    } else if (e.edit === "removeInfluence") {
      m.influences = m.influences.filter((i) => !(i.from === e.from && i.to === e.to));
    } else if (e.edit === "setKpiLink") {
      const found = m.kpiLinks.findIndex((l) => l.from === e.from && l.to === e.to);
      if (found >= 0) m.kpiLinks[found]!.effect = e.effect;
      else m.kpiLinks.push({ from: e.from, to: e.to, effect: e.effect });
    } else {
      m.kpiLinks = m.kpiLinks.filter((l) => !(l.from === e.from && l.to === e.to));
    }
  }
  return m;
}

/** Edits that fit the model as it stands after the earlier ones (so none is refused). */
function fittingEdits(model: ModelDocument, picks: number[]): ScenarioEdit[] {
  const m: ModelDocument = JSON.parse(JSON.stringify(model));
  const edits: ScenarioEdit[] = [];
  let added = 0;
  for (const pick of picks) {
    const kpis = m.kpis.map((k) => k.key);
    const kpi = kpis[pick % Math.max(kpis.length, 1)];
    const other = kpis[(pick >> 3) % Math.max(kpis.length, 1)];
    const behaviour = m.behaviours[pick % Math.max(m.behaviours.length, 1)]?.key;
    const sources = [...kpis.map((k) => `kpi:${k}`), ...m.processes.map((p) => `process:${p.key}`)];
    const source = sources[(pick >> 2) % Math.max(sources.length, 1)];
    const choices: ScenarioEdit[] = [];
    if (kpi) {
      const k = m.kpis.find((x) => x.key === kpi)!;
      choices.push(k.payLinked ? { edit: "dropPayLink", kpi } : { edit: "addPayLink", kpi });
      if (pick % 7 === 0) choices.push({ edit: "removeKpi", kpi });
      if (other && other !== kpi) {
        if (k.counters?.includes(other)) choices.push({ edit: "removeCounter", kpi, counter: other });
        else choices.push({ edit: "addCounter", kpi, counter: other });
        choices.push({ edit: "setKpiLink", from: kpi, to: other, effect: pick % 2 ? "trades-off" : "reinforces" });
      }
      const link = m.kpiLinks?.[pick % Math.max(m.kpiLinks.length, 1)];
      if (link) choices.push({ edit: "removeKpiLink", from: link.from, to: link.to });
    }
    if (source && behaviour)
      choices.push({
        edit: "setInfluence",
        from: source,
        to: behaviour,
        effect: pick % 3 ? "supports" : "obstructs",
        strength: ((pick % 3) + 1) as 1 | 2 | 3,
      });
    const influence = m.influences[pick % Math.max(m.influences.length, 1)];
    if (influence) choices.push({ edit: "removeInfluence", from: influence.from, to: influence.to });
    if (m.departments.length && pick % 5 === 0)
      choices.push({
        edit: "addKpi",
        kpi: {
          key: `new${added}`,
          name: `New measure ${added++}`,
          direction: "higher",
          department: m.departments[0]!.key,
          measuredRoles: m.roles.slice(0, 1).map((r) => r.key),
          payLinked: pick % 2 === 0,
          horizon: "long",
          category: "customer",
        },
      });
    if (!choices.length) continue;
    const edit = choices[pick % choices.length]!;
    edits.push(edit);
    Object.assign(m, editByHand(m, [edit]));
  }
  return edits;
}

const sameness = (f: { rule: string; severity: string; subjects: { kind: string; key: string }[] }) =>
  `${f.rule} ${f.severity} ${f.subjects.map((s) => `${s.kind}:${s.key}`).join(",")}`;

describe("what-if (property)", () => {
  it("equals analysing the model edited by hand, and the edited model stays valid", () => {
    fc.assert(
      fc.property(modelArbitrary(), fc.array(fc.nat({ max: 1000 }), { maxLength: 8 }), (model, picks) => {
        const edits = fittingEdits(model, picks);
        const result = whatIf(model, edits);
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        const byHand = editByHand(model, edits);
        expect(validateModelValue(result.model).ok).toBe(true);
        const before = analyzeModel(model);
        const after = analyzeModel(byHand);
        const beforeSet = new Set(before.findings.map(sameness));
        const afterSet = new Set(after.findings.map(sameness));
        expect(result.cleared.map(sameness).sort()).toEqual([...beforeSet].filter((f) => !afterSet.has(f)).sort());
        expect(result.appeared.map(sameness).sort()).toEqual([...afterSet].filter((f) => !beforeSet.has(f)).sort());
        expect(result.alignment).toEqual({ before: before.alignment, after: after.alignment });
        // Before, less what clears, plus what appears, is after.
        const rebuilt = new Set([...beforeSet].filter((f) => !result.cleared.map(sameness).includes(f)));
        for (const f of result.appeared) rebuilt.add(sameness(f));
        expect([...rebuilt].sort()).toEqual([...afterSet].sort());
      }),
      { numRuns: 400 },
    );
  });
});
