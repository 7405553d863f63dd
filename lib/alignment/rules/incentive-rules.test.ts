import { describe, expect, it } from "vitest";
import type { ModelDocument } from "@/lib/model/model-schema";
import { indexModel } from "./model-index";
import { baseModel, influence, kpi } from "../test-model";
import { findUnpairedIncentives } from "./f9-unpaired-incentive";
import { findMeasuredTaskStarvation } from "./f10-measured-task-starvation";
import { findSingleMeasurePay } from "./f11-single-measure-pay";
import { findIndirectObstruction } from "./f12-indirect-obstruction";

const withModel = (change: (model: ModelDocument) => void) => {
  const model = baseModel();
  change(model);
  return indexModel(model);
};
const rows = (findings: { severity: string; subjects: { key: string }[] }[]) =>
  findings.map((f) => `${f.severity} ${f.subjects.map((s) => s.key).join(",")}`);
const approvedBehaviour = (key: string, role: string) => ({
  key,
  role,
  stage: "help",
  action: `Does ${key}`,
  status: "approved" as const,
});

describe("F9 unpaired incentive", () => {
  it("flags a pay-linked KPI with no counters, medium when it obstructs nothing approved", () => {
    const index = withModel((m) => m.kpis.push(kpi({ key: "aht", payLinked: true, measuredRoles: ["agent"] })));
    expect(rows(findUnpairedIncentives(index))).toEqual(["medium aht"]);
  });

  it("is high exactly when the KPI obstructs an approved behaviour", () => {
    const severity = (status: "approved" | "proposed", effect: "obstructs" | "supports") =>
      rows(
        findUnpairedIncentives(
          withModel((m) => {
            m.behaviours[0]!.status = status;
            m.kpis.push(kpi({ key: "aht", payLinked: true, measuredRoles: ["agent"] }));
            m.influences.push(influence("kpi:aht", "solve", effect));
          }),
        ),
      );
    expect(severity("approved", "obstructs")).toEqual(["high aht"]);
    expect(severity("proposed", "obstructs")).toEqual(["medium aht"]);
    expect(severity("approved", "supports")).toEqual(["medium aht"]);
  });

  it("is paired by a counter that measures one of the same roles, and only by that", () => {
    const found = (counterRoles: string[]) =>
      rows(
        findUnpairedIncentives(
          withModel((m) =>
            m.kpis.push(
              kpi({ key: "aht", payLinked: true, measuredRoles: ["agent", "clerk"], counters: ["fcr"] }),
              kpi({ key: "fcr", measuredRoles: counterRoles }),
            ),
          ),
        ),
      );
    expect(found(["clerk"])).toEqual([]);
    expect(found([])).toEqual(["medium aht"]);
  });

  it("says when the counters measure other people", () => {
    const [finding] = findUnpairedIncentives(
      withModel((m) =>
        m.kpis.push(
          kpi({ key: "aht", name: "Average handle time", payLinked: true, measuredRoles: ["agent"], counters: ["q"] }),
          kpi({ key: "q", name: "Invoice accuracy", measuredRoles: ["clerk"] }),
        ),
      ),
    );
    expect(finding!.explanation).toContain("Average handle time is tied to the pay of the Agent role");
    expect(finding!.explanation).toContain("its counters (Invoice accuracy) measure other people");
  });

  it("pairs a KPI that measures no role by any counter at all, and ignores KPIs not tied to pay", () => {
    const index = withModel((m) =>
      m.kpis.push(
        kpi({ key: "sales", payLinked: true, counters: ["nps"] }),
        kpi({ key: "nps", measuredRoles: ["clerk"] }),
        kpi({ key: "bare", payLinked: true }),
        kpi({ key: "unpaid", measuredRoles: ["agent"] }),
      ),
    );
    expect(rows(findUnpairedIncentives(index))).toEqual(["medium bare"]);
    expect(findUnpairedIncentives(index)[0]!.explanation).toMatch(/^BARE is tied to pay or bonus and nothing measures/);
  });
});

describe("F10 measured-task starvation", () => {
  /** Agent has four approved behaviours; `helped` of them are supported by a KPI that measures agents. */
  const starvation = (helped: number, options: { payLinked?: boolean; role?: "agent" | "clerk" } = {}) => {
    const role = options.role ?? "agent";
    return rows(
      findMeasuredTaskStarvation(
        withModel((m) => {
          m.behaviours = ["a", "b", "c", "d"].map((key) => approvedBehaviour(key, role));
          m.kpis.push(kpi({ key: "k", payLinked: options.payLinked ?? true, measuredRoles: [role] }));
          for (const key of ["a", "b", "c", "d"].slice(0, helped))
            m.influences.push(influence("kpi:k", key, "supports"));
        }),
      ),
    );
  };

  it("flags fewer than half; exactly half is not fewer than half", () => {
    expect(starvation(0)).toEqual(["high agent"]);
    expect(starvation(1)).toEqual(["high agent"]);
    expect(starvation(2)).toEqual([]);
    expect(starvation(4)).toEqual([]);
  });

  it("is high for a customer-facing role and medium for a back-office one", () => {
    expect(starvation(1, { role: "clerk" })).toEqual(["medium clerk"]);
  });

  it("needs at least one pay-linked KPI measuring the role", () => {
    expect(starvation(0, { payLinked: false })).toEqual([]);
  });

  it("needs approved behaviours, and counts only support from KPIs that measure the role", () => {
    const index = withModel((m) => {
      m.behaviours = [approvedBehaviour("a", "agent"), approvedBehaviour("b", "agent")];
      m.behaviours.push({ ...approvedBehaviour("draft", "clerk"), status: "draft" });
      m.kpis.push(
        kpi({ key: "paid", payLinked: true, measuredRoles: ["agent", "clerk"] }),
        kpi({ key: "elsewhere", measuredRoles: ["clerk"] }),
      );
      m.influences.push(influence("kpi:elsewhere", "a", "supports"), influence("kpi:paid", "b", "obstructs"));
    });
    // Clerk has only a draft behaviour; agent's support comes from a KPI that does not measure agents.
    const findings = findMeasuredTaskStarvation(index);
    expect(rows(findings)).toEqual(["high agent"]);
    expect(findings[0]!.explanation).toMatch(
      /^Agent \(customer-facing\) is paid on PAID, yet none of its 2 approved behaviours is helped/,
    );
  });
});

describe("F11 single-measure pay", () => {
  const single = (kpis: ReturnType<typeof kpi>[]) => rows(findSingleMeasurePay(withModel((m) => m.kpis.push(...kpis))));

  it("flags a role measured by exactly one KPI that is pay-linked, naming the role and the KPI", () => {
    expect(single([kpi({ key: "aht", payLinked: true, measuredRoles: ["agent"] })])).toEqual(["medium agent,aht"]);
  });

  it("is silent with a second measure, or when the one measure is not tied to pay", () => {
    expect(
      single([
        kpi({ key: "aht", payLinked: true, measuredRoles: ["agent"] }),
        kpi({ key: "fcr", measuredRoles: ["agent"] }),
      ]),
    ).toEqual([]);
    expect(single([kpi({ key: "fcr", measuredRoles: ["agent"] })])).toEqual([]);
    expect(single([kpi({ key: "aht", payLinked: true })])).toEqual([]);
  });
});

describe("F12 indirect obstruction", () => {
  const indirect = (change: (m: ModelDocument) => void, payLinked = false) =>
    findIndirectObstruction(
      withModel((m) => {
        m.kpis.push(
          kpi({ key: "k", name: "Cost per call", payLinked }),
          kpi({ key: "j", name: "First contact resolution" }),
        );
        m.influences.push(influence("kpi:j", "solve", "supports"));
        m.kpiLinks = [{ from: "k", to: "j", effect: "trades-off" }];
        change(m);
      }),
    );

  it("flags (K, J, B) when K trades off against J and J supports the approved behaviour B", () => {
    const findings = indirect(() => {});
    expect(rows(findings)).toEqual(["medium k,j,solve"]);
    expect(findings[0]!.subjects.map((s) => s.kind)).toEqual(["kpi", "kpi", "behaviour"]);
    expect(findings[0]!.explanation).toContain("Cost per call trades off against First contact resolution");
  });

  it("is high when K is pay-linked", () => expect(rows(indirect(() => {}, true))).toEqual(["high k,j,solve"]));

  it("is not reported when K itself obstructs B (that is an obstructing KPI already)", () => {
    expect(indirect((m) => m.influences.push(influence("kpi:k", "solve", "obstructs")))).toEqual([]);
    // K obstructing another behaviour does not matter.
    expect(rows(indirect((m) => m.influences.push(influence("kpi:k", "explain", "obstructs"))))).toEqual([
      "medium k,j,solve",
    ]);
  });

  it("needs a trades-off link, support (not obstruction) from J, and an approved behaviour", () => {
    expect(indirect((m) => (m.kpiLinks = [{ from: "k", to: "j", effect: "reinforces" }]))).toEqual([]);
    expect(indirect((m) => (m.kpiLinks = [{ from: "j", to: "k", effect: "trades-off" }]))).toEqual([]);
    expect(indirect((m) => (m.influences[0]!.effect = "obstructs"))).toEqual([]);
    expect(indirect((m) => (m.behaviours[0]!.status = "retired"))).toEqual([]);
  });

  it("gives one finding per behaviour J supports", () => {
    expect(rows(indirect((m) => m.influences.push(influence("kpi:j", "explain", "supports"))))).toEqual([
      "medium k,j,solve",
      "medium k,j,explain",
    ]);
  });
});
