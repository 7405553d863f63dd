import { describe, expect, it } from "vitest";
import { analyzeModel } from "./analyze-model";
import { findingFingerprint } from "./finding-fingerprint";
import { baseModel, influence, kpi } from "@/lib/alignment/test-model";

function scenario() {
  const model = baseModel();
  model.kpis.push(kpi({ key: "aht", name: "Average handle time", payLinked: true }), kpi({ key: "other" }));
  model.influences.push(influence("kpi:aht", "solve", "obstructs", 3), influence("kpi:other", "explain", "supports"));
  const finding = analyzeModel(model).findings.find((f) => f.rule === "F1")!;
  return { model, finding };
}

describe("findingFingerprint", () => {
  it("is the same for the same subjects in the same state", () => {
    const { model, finding } = scenario();
    expect(findingFingerprint(structuredClone(model), finding)).toBe(findingFingerprint(model, finding));
  });

  it("changes when the KPI, the behaviour or the influence between them changes", () => {
    const { model, finding } = scenario();
    const before = findingFingerprint(model, finding);
    const kpiChanged = structuredClone(model);
    kpiChanged.kpis[0]!.name = "Handle time";
    const behaviourChanged = structuredClone(model);
    behaviourChanged.behaviours[0]!.action = "Stays until it is solved and says so";
    const influenceChanged = structuredClone(model);
    influenceChanged.influences[0]!.strength = 1;
    for (const changed of [kpiChanged, behaviourChanged, influenceChanged])
      expect(findingFingerprint(changed, finding)).not.toBe(before);
  });

  it("ignores changes to things the finding is not about", () => {
    const { model, finding } = scenario();
    const elsewhere = structuredClone(model);
    elsewhere.kpis[1]!.name = "Renamed unrelated KPI";
    elsewhere.influences[1]!.strength = 3;
    expect(findingFingerprint(elsewhere, finding)).toBe(findingFingerprint(model, finding));
  });

  it("covers the incentive rules' subjects: roles, a KPI's counters and the link between two KPIs", () => {
    const model = baseModel();
    model.kpis.push(
      kpi({ key: "aht", payLinked: true, measuredRoles: ["agent"] }),
      kpi({ key: "fcr", measuredRoles: ["clerk"] }),
      kpi({ key: "unrelated" }),
    );
    model.influences.push(influence("kpi:fcr", "explain", "supports"));
    model.kpiLinks = [{ from: "aht", to: "fcr", effect: "trades-off" }];
    const findings = analyzeModel(model).findings;
    const of = (rule: string) => findings.find((f) => f.rule === rule)!;
    expect(["F9", "F10", "F11", "F12"].every((rule) => findings.some((f) => f.rule === rule))).toBe(true);
    const before = Object.fromEntries(["F9", "F11", "F12"].map((r) => [r, findingFingerprint(model, of(r))]));

    const elsewhere = structuredClone(model);
    elsewhere.kpis[2]!.name = "Renamed";
    for (const rule of ["F9", "F11", "F12"]) expect(findingFingerprint(elsewhere, of(rule))).toBe(before[rule]);

    const countered = structuredClone(model);
    countered.kpis[0]!.counters = ["unrelated"];
    expect(findingFingerprint(countered, of("F9"))).not.toBe(before.F9);
    const relinked = structuredClone(model);
    relinked.kpiLinks!.push({ from: "fcr", to: "aht", effect: "reinforces" });
    expect(findingFingerprint(relinked, of("F12"))).not.toBe(before.F12);
    const renamedRole = structuredClone(model);
    renamedRole.roles[0]!.name = "Adviser";
    expect(findingFingerprint(renamedRole, of("F10"))).not.toBe(findingFingerprint(model, of("F10")));
  });
});
