import { describe, expect, it } from "vitest";
import type { ModelDocument } from "@/lib/model/model-schema";
import { analyzeModel } from "./analyze-model";
import { indexModel } from "./model-index";
import { baseModel, influence, kpi } from "../test-model";
import { findObstructingKpis } from "./f1-obstructing-kpi";
import { findKpiCrossPressure } from "./f2-kpi-cross-pressure";
import { findShortTermism } from "./f3-short-termism";
import { findObstructingProcessesAndSystems } from "./f4-obstructing-process-or-system";
import { findUnsupportedBehaviours } from "./f5-unsupported-behaviour";
import { findVanityKpis } from "./f6-vanity-kpi";
import { findBlindSpots } from "./f7-blind-spot";
import { findTechnologyWithoutPeople } from "./f8-technology-without-people";

const keys = (findings: { subjects: { key: string }[] }[]) => findings.map((f) => f.subjects.map((s) => s.key));
const withModel = (change: (model: ModelDocument) => void) => {
  const model = baseModel();
  change(model);
  return indexModel(model);
};

describe("F1 obstructing KPI", () => {
  const severityFor = (payLinked: boolean, behaviour: "solve" | "explain") =>
    findObstructingKpis(
      withModel((m) => {
        m.kpis.push(kpi({ key: "k", payLinked }));
        m.influences.push(influence("kpi:k", behaviour, "obstructs"));
      }),
    ).map((f) => f.severity);

  it("is medium for a back-office role and a KPI not tied to pay", () =>
    expect(severityFor(false, "explain")).toEqual(["medium"]));
  it("is high when the KPI is pay-linked", () => expect(severityFor(true, "explain")).toEqual(["high"]));
  it("is high when the role is customer-facing", () => expect(severityFor(false, "solve")).toEqual(["high"]));
  it("is critical when both", () => expect(severityFor(true, "solve")).toEqual(["critical"]));

  it("ignores behaviours that are not approved, and supporting KPIs", () => {
    const index = withModel((m) => {
      m.behaviours[0]!.status = "proposed";
      m.kpis.push(kpi({ key: "k" }), kpi({ key: "good" }));
      m.influences.push(influence("kpi:k", "solve", "obstructs"), influence("kpi:good", "explain", "supports"));
    });
    expect(findObstructingKpis(index)).toEqual([]);
  });

  it("is replaced by F3 for a short-term financial KPI", () => {
    const index = withModel((m) => {
      m.kpis.push(kpi({ key: "cost", horizon: "short", category: "financial" }));
      m.influences.push(influence("kpi:cost", "solve", "obstructs"));
    });
    expect(findObstructingKpis(index)).toEqual([]);
    expect(findShortTermism(index).map((f) => f.rule)).toEqual(["F3"]);
  });

  it("explains itself in plain words, naming the KPI, the pay link and the role", () => {
    const [finding] = findObstructingKpis(
      withModel((m) => {
        m.kpis.push(kpi({ key: "aht", name: "Average handle time", payLinked: true }));
        m.influences.push({ ...influence("kpi:aht", "solve", "obstructs"), why: "Long calls cost bonus" });
      }),
    );
    expect(finding!.explanation).toContain("Average handle time, tied to pay or bonus,");
    expect(finding!.explanation).toContain("Agent (customer-facing)");
    expect(finding!.explanation).toContain("Why: Long calls cost bonus.");
  });
});

describe("F3 short-termism", () => {
  const severityFor = (
    payLinked: boolean,
    behaviour: "solve" | "explain",
    horizon: "short" | "long" = "short",
    category: "financial" | "customer" = "financial",
  ) =>
    findShortTermism(
      withModel((m) => {
        m.kpis.push(kpi({ key: "k", payLinked, horizon, category }));
        m.influences.push(influence("kpi:k", behaviour, "obstructs"));
      }),
    ).map((f) => f.severity);

  it("is one level above F1", () => {
    expect(severityFor(false, "explain")).toEqual(["high"]);
    expect(severityFor(true, "explain")).toEqual(["critical"]);
    expect(severityFor(false, "solve")).toEqual(["critical"]);
  });
  it("never goes above critical", () => expect(severityFor(true, "solve")).toEqual(["critical"]));
  it("needs both short-term and financial", () => {
    expect(severityFor(true, "solve", "long", "financial")).toEqual([]);
    expect(severityFor(true, "solve", "short", "customer")).toEqual([]);
  });
});

describe("F2 KPI cross-pressure", () => {
  const build = (measured: { fcr?: string[]; aht?: string[] }, ahtDepartment = "contact") =>
    findKpiCrossPressure(
      withModel((m) => {
        m.kpis.push(
          kpi({ key: "fcr", measuredRoles: measured.fcr }),
          kpi({ key: "aht", department: ahtDepartment, measuredRoles: measured.aht }),
        );
        m.influences.push(influence("kpi:fcr", "solve", "supports"), influence("kpi:aht", "solve", "obstructs"));
      }),
    );

  it("is one high finding per (behaviour, supporting KPI, obstructing KPI)", () => {
    const findings = build({});
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([["F2", "high"]]);
    expect(keys(findings)).toEqual([["solve", "fcr", "aht"]]);
  });

  it("says when the role is measured by both KPIs", () => {
    expect(build({ fcr: ["agent"], aht: ["agent"] })[0]!.facts).toMatchObject({ sameRole: true, crossSilo: false });
    expect(build({ fcr: ["agent"], aht: ["clerk"] })[0]!.facts).toMatchObject({ sameRole: false });
    expect(build({ fcr: ["agent"], aht: ["agent"] })[0]!.explanation).toContain("pulled two ways");
  });

  it("says when the two KPIs belong to different departments", () => {
    const [finding] = build({}, "finance");
    expect(finding!.facts).toMatchObject({ crossSilo: true });
    expect(finding!.explanation).toContain("different departments");
  });

  it("multiplies: two supporting and two obstructing KPIs give four findings", () => {
    const findings = findKpiCrossPressure(
      withModel((m) => {
        m.kpis.push(kpi({ key: "s1" }), kpi({ key: "s2" }), kpi({ key: "o1" }), kpi({ key: "o2" }));
        m.influences.push(
          influence("kpi:s1", "solve", "supports"),
          influence("kpi:s2", "solve", "supports"),
          influence("kpi:o1", "solve", "obstructs"),
          influence("kpi:o2", "solve", "obstructs"),
        );
      }),
    );
    expect(findings).toHaveLength(4);
  });

  it("does not count processes or systems", () => {
    const findings = findKpiCrossPressure(
      withModel((m) => {
        m.kpis.push(kpi({ key: "o1" }));
        m.processes.push({ key: "p", name: "Triage", department: "contact" });
        m.influences.push(influence("process:p", "solve", "supports"), influence("kpi:o1", "solve", "obstructs"));
      }),
    );
    expect(findings).toEqual([]);
  });
});

describe("F4 obstructing process or system", () => {
  it("is high for customer-facing roles and medium otherwise, for processes and systems alike", () => {
    const findings = findObstructingProcessesAndSystems(
      withModel((m) => {
        m.processes.push({ key: "approval", name: "Refund approval", department: "finance" });
        m.systems.push({ key: "erp", name: "ERP" });
        m.influences.push(
          influence("process:approval", "solve", "obstructs"),
          influence("system:erp", "explain", "obstructs"),
        );
      }),
    );
    expect(findings.map((f) => [f.severity, f.subjects[0]!.kind, ...f.subjects.map((s) => s.key)])).toEqual([
      ["high", "process", "approval", "solve"],
      ["medium", "system", "erp", "explain"],
    ]);
  });
});

describe("F5 unsupported behaviour", () => {
  it("is medium when nothing touches the behaviour and high when something only obstructs it", () => {
    const findings = findUnsupportedBehaviours(
      withModel((m) => {
        m.kpis.push(kpi({ key: "o" }));
        m.influences.push(influence("kpi:o", "explain", "obstructs"));
      }),
    );
    expect(findings.map((f) => [f.subjects[0]!.key, f.severity])).toEqual([
      ["solve", "medium"],
      ["explain", "high"],
    ]);
  });

  it("is silent once anything supports the behaviour", () => {
    const findings = findUnsupportedBehaviours(
      withModel((m) => {
        m.systems.push({ key: "crm", name: "CRM" });
        m.influences.push(influence("system:crm", "solve", "supports"), influence("system:crm", "explain", "supports"));
      }),
    );
    expect(findings).toEqual([]);
  });
});

describe("F6 vanity KPI", () => {
  it("flags a KPI with no influence on any behaviour, whatever the behaviour's status", () => {
    const findings = findVanityKpis(
      withModel((m) => {
        m.behaviours[0]!.status = "draft";
        m.kpis.push(kpi({ key: "linked" }), kpi({ key: "vanity" }));
        m.influences.push(influence("kpi:linked", "solve", "supports"));
      }),
    );
    expect(findings.map((f) => [f.subjects[0]!.key, f.severity])).toEqual([["vanity", "low"]]);
  });
});

describe("F7 blind spot", () => {
  it("flags touchpoints with no approved behaviour", () => {
    const findings = findBlindSpots(
      withModel((m) => {
        m.touchpoints.push(
          { role: "agent", stage: "help" },
          { role: "agent", stage: "pay" },
          { role: "clerk", stage: "pay" },
        );
        m.behaviours[1]!.status = "retired";
      }),
    );
    expect(keys(findings)).toEqual([
      ["agent", "pay"],
      ["clerk", "pay"],
    ]);
    expect(findings.every((f) => f.severity === "medium")).toBe(true);
  });
});

describe("F8 technology without people", () => {
  const systemFindings = (
    system: ModelDocument["systems"][number],
    effect: "supports" | "obstructs" = "supports",
    status: "approved" | "draft" = "approved",
  ) =>
    findTechnologyWithoutPeople(
      withModel((m) => {
        m.behaviours[0]!.status = status;
        m.systems.push(system);
        m.influences.push(influence(`system:${system.key}`, "solve", effect));
      }),
    );

  it("flags a supporting system whose users are under 60 % trained", () => {
    expect(systemFindings({ key: "crm", name: "CRM", trainedShare: 0.59 }).map((f) => f.severity)).toEqual(["medium"]);
    expect(systemFindings({ key: "crm", name: "CRM", trainedShare: 0.6 })).toEqual([]);
  });

  it("flags people spend under technology spend, only when both are known", () => {
    expect(systemFindings({ key: "crm", name: "CRM", peopleSpend: 10, technologySpend: 11 })).toHaveLength(1);
    expect(systemFindings({ key: "crm", name: "CRM", peopleSpend: 11, technologySpend: 11 })).toEqual([]);
    expect(systemFindings({ key: "crm", name: "CRM", technologySpend: 1_000_000 })).toEqual([]);
    expect(systemFindings({ key: "crm", name: "CRM" })).toEqual([]);
  });

  it("only counts systems that support an approved behaviour", () => {
    expect(systemFindings({ key: "crm", name: "CRM", trainedShare: 0.1 }, "obstructs")).toEqual([]);
    expect(systemFindings({ key: "crm", name: "CRM", trainedShare: 0.1 }, "supports", "draft")).toEqual([]);
  });

  it("gives one finding per system, naming both reasons", () => {
    const [finding, ...rest] = systemFindings({
      key: "crm",
      name: "CRM",
      trainedShare: 0.35,
      peopleSpend: 20_000,
      technologySpend: 250_000,
    });
    expect(rest).toEqual([]);
    expect(finding!.explanation).toContain("only 35 % of its users are trained");
    expect(finding!.explanation).toContain("20,000 goes on people against 250,000 on technology");
  });
});

describe("ordering", () => {
  it("puts the most severe first, then by rule, then in model order — the same every time", () => {
    const model = baseModel();
    model.kpis.push(kpi({ key: "vanity" }), kpi({ key: "aht", payLinked: true }));
    model.touchpoints.push({ role: "clerk", stage: "help" });
    model.influences.push(influence("kpi:aht", "solve", "obstructs"));
    const first = analyzeModel(model).findings;
    expect(first.map((f) => `${f.rule}/${f.severity}`)).toEqual([
      "F1/critical",
      "F5/high",
      "F9/high",
      "F5/medium",
      "F7/medium",
      "F6/low",
    ]);
    const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));
    expect(asJson(analyzeModel(structuredClone(model)).findings)).toEqual(asJson(first));
  });
});
