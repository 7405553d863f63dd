import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeModel } from "@/lib/alignment/rules/analyze-model";
import { filterFindings } from "@/lib/alignment/rules/filter-findings";
import type { ModelDocument } from "@/lib/model/model-schema";
import { actionProgress, isOverdue } from "./action-progress";
import { rolesInScope } from "./dashboard-scope";
import { exposureCoverage } from "./exposure-coverage";
import { buildCustomerRoom, ROOM_LIMITS } from "./customer-room";
import { buildModelDashboard, storyForDiagnostic } from "./model-dashboard";
import { pickStory } from "./pick-story";
import { DepartmentTree } from "@/lib/access/department-tree";

const demo = JSON.parse(
  readFileSync(path.join(__dirname, "../../demo/harbour-mutual.model.json"), "utf8"),
) as ModelDocument;
const today = new Date("2026-11-24T10:00:00Z");

describe("the dashboard's scope", () => {
  it("takes a department with its sub-departments, and their roles", () => {
    expect(new DepartmentTree(demo.departments).subtree("service").sort()).toEqual(["contact", "service"]);
    expect(rolesInScope(demo, { kind: "department", key: "service" }).map((r) => r.key)).toEqual([
      "advisor",
      "team-leader",
    ]);
    expect(rolesInScope(demo, { kind: "role", key: "invoicer" }).map((r) => r.key)).toEqual(["invoicer"]);
  });
});

describe("a story beside a headline", () => {
  const stories = demo.stories!;
  it("prefers the headline's stage and roles, then the sentiment the number suggests", () => {
    expect(pickStory(stories, { stage: "help", roles: ["assessor"], sentiment: "positive" })?.key).toBe("mr-lindgren");
    expect(pickStory(stories, { stage: "help", roles: ["advisor"], sentiment: "negative" })?.key).toBe("mrs-okafor");
    expect(pickStory(stories, { stage: "pay" })?.key).toBe("the-patels");
  });
  it("never shows one story beside two headlines", () => {
    expect(pickStory(stories, { stage: "help", roles: ["advisor"] }, new Set(["mrs-okafor"]))?.key).toBe("mr-lindgren");
    expect(pickStory(stories.slice(0, 1), {}, new Set(["mrs-okafor"]))).toBeNull();
    expect(pickStory([], {})).toBeNull();
  });
});

describe("customer exposure", () => {
  const roles = demo.roles;
  it("counts back-office roles with an exposure in the last 12 months, and names the others", () => {
    const coverage = exposureCoverage(
      {
        roles,
        exposures: [
          { role: "invoicer", kind: "listening", date: "2025-11-24" },
          { role: "crm-admin", kind: "shift", date: "2025-11-23" },
          { role: "dispatcher", kind: "meeting", date: "2026-12-01" },
        ],
      },
      roles,
      today,
    );
    const backOffice = roles.filter((r) => !r.customerFacing).length;
    expect(coverage.roles).toBe(backOffice);
    // Exactly a year ago counts; a day more does not; a planned (future) one does not yet.
    expect(coverage.withExposure).toBe(1);
    expect(coverage.without.map((r) => r.key)).toContain("crm-admin");
    expect(coverage.without.find((r) => r.key === "crm-admin")?.lastExposure).toBe("2025-11-23");
    expect(coverage.without.map((r) => r.key)).toContain("dispatcher");
    expect(coverage.share).toBe(Math.round((1000 * 1) / backOffice) / 10);
  });
  it("has no share when the scope has no back-office role", () => {
    expect(
      exposureCoverage(
        demo,
        demo.roles.filter((r) => r.customerFacing),
        today,
      ).share,
    ).toBeNull();
  });
});

describe("action items", () => {
  it("counts progress and calls an item overdue when it is not done and its due date has passed", () => {
    const actions = [
      { key: "a", title: "A", status: "done" as const, due: "2026-01-01" },
      { key: "b", title: "B", status: "open" as const, due: "2026-11-23" },
      { key: "c", title: "C", status: "in_progress" as const, due: "2026-11-24" },
      { key: "d", title: "D", status: "open" as const },
    ];
    expect(actionProgress(actions, today)).toEqual({
      total: 4,
      open: 2,
      inProgress: 1,
      done: 1,
      overdue: 1,
      donePercent: 25,
    });
    expect(isOverdue(actions[1]!, today)).toBe(true);
    expect(isOverdue(actions[2]!, today)).toBe(false);
  });
});

describe("the model's dashboard widgets", () => {
  const analysis = analyzeModel(demo);

  it("shows the organisation's alignment by top-level department, its most severe findings first, and every role in the heat map", () => {
    const dashboard = buildModelDashboard(demo, analysis, { kind: "organisation" }, { today });
    expect(dashboard.alignment.index).toBe(analysis.alignment.organisation);
    expect(dashboard.alignment.parts.map((p) => p.key)).toEqual([
      "service",
      "claims",
      "logistics",
      "billing",
      "marketing",
      "it",
    ]);
    expect(dashboard.findings.total).toBe(analysis.findings.length);
    expect(dashboard.findings.top).toEqual(analysis.findings.slice(0, 5));
    expect(dashboard.heatMap.level).toBe("roles");
    expect(dashboard.heatMap.rows).toHaveLength(demo.roles.length);
    expect(dashboard.scope.name).toBe("Harbour Mutual");
  });

  it("narrows every widget to a department: its findings, its roles, its stories", () => {
    const dashboard = buildModelDashboard(demo, analysis, { kind: "department", key: "claims" }, { today });
    expect(dashboard.heatMap.rows.map((r) => ("role" in r ? r.role : r.key)).sort()).toEqual([
      "assessor",
      "claims-admin",
      "handler",
    ]);
    expect(dashboard.alignment.parts.map((p) => `${p.kind}:${p.key}`)).toEqual([
      "role:handler",
      "role:assessor",
      "role:claims-admin",
    ]);
    expect(dashboard.findings.total).toBeLessThan(analysis.findings.length);
    expect(dashboard.stories.inScope.map((s) => s.key).sort()).toEqual(["mr-lindgren", "mrs-okafor"]);
    expect(dashboard.exposure.roles).toBe(1);
  });

  it("leaves out dismissed findings, and never shows one story beside two headlines", () => {
    const top = analysis.findings[0]!;
    const dashboard = buildModelDashboard(
      demo,
      analysis,
      { kind: "organisation" },
      { today, hiddenFindings: new Set([top.id]) },
    );
    expect(dashboard.findings.top.map((f) => f.id)).not.toContain(top.id);
    expect(dashboard.findings.total).toBe(analysis.findings.length - 1);
    const keys = [
      dashboard.stories.findings?.key,
      dashboard.stories.heatMap?.key,
      storyForDiagnostic(dashboard.stories, 45)?.key,
    ];
    expect(new Set(keys).size).toBe(3);
  });

  it("sums a large organisation's heat map into top-level departments, each holding its sub-departments' roles", () => {
    const many = {
      ...demo,
      roles: [
        ...demo.roles,
        ...Array.from({ length: 40 }, (_, i) => ({
          key: `extra-${i}`,
          name: `Extra ${i}`,
          department: i % 2 ? "contact" : "it",
          customerFacing: false,
        })),
      ],
    };
    const dashboard = buildModelDashboard(many, analyzeModel(many), { kind: "organisation" }, { today });
    if (dashboard.heatMap.level !== "departments") throw new Error("expected departments");
    expect(dashboard.heatMap.rows.map((r) => r.key)).toEqual([
      "service",
      "claims",
      "logistics",
      "billing",
      "marketing",
      "it",
    ]);
    const service = dashboard.heatMap.rows.find((r) => r.key === "service")!;
    expect(service.roles).toBe(2 + 20);
    const help = service.cells.find((c) => c.stage === "help")!;
    const roleCells = buildModelDashboard(
      demo,
      analyzeModel(demo),
      { kind: "department", key: "service" },
      { today },
    ).heatMap;
    if (roleCells.level !== "roles") throw new Error("expected roles");
    const approved = roleCells.rows.reduce(
      (n, row) => n + row.cells.find((c) => c.stage === "help")!.byStatus.approved,
      0,
    );
    expect(help.approved).toBe(approved);
  });

  it("shows a role's alignment by the stages it touches", () => {
    const dashboard = buildModelDashboard(demo, analysis, { kind: "role", key: "advisor" }, { today });
    expect(dashboard.heatMap.rows.map((r) => ("role" in r ? r.role : r.key))).toEqual(["advisor"]);
    expect(dashboard.alignment.parts.every((p) => p.kind === "stage")).toBe(true);
    expect(dashboard.alignment.index).toBe(analysis.alignment.roles.advisor);
  });
});

describe("the customer room", () => {
  const analysis = analyzeModel(demo);
  it("walks the stages in lifecycle order, each with its stories, obstacles and conflicts", () => {
    const room = buildCustomerRoom(demo, analysis);
    expect(room.map((s) => s.key)).toEqual(demo.stages.map((s) => s.key));
    const help = room.find((s) => s.key === "help")!;
    expect(help.stories.map((s) => s.key).sort()).toEqual(["mr-lindgren", "mrs-okafor"]);
    expect(help.conflicts.total).toBe(filterFindings(demo, analysis.findings, { stage: "help" }).length);
    expect(help.conflicts.top).toHaveLength(Math.min(ROOM_LIMITS.conflicts, help.conflicts.total));
    const obstacleFindings = analysis.findings.filter((f) => f.rule === "F4");
    expect(room.flatMap((s) => s.obstacles).length).toBeGreaterThan(0);
    expect(obstacleFindings.length).toBeGreaterThan(0);
    expect(room.find((s) => s.key === "pay")!.stories.map((s) => s.key)).toEqual(["the-patels"]);
  });
  it("leaves dismissed findings out", () => {
    const top = filterFindings(demo, analysis.findings, { stage: "help" })[0]!;
    const room = buildCustomerRoom(demo, analysis, new Set([top.id]));
    expect(room.find((s) => s.key === "help")!.conflicts.top.map((f) => f.id)).not.toContain(top.id);
  });
});
