import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeModel } from "@/lib/alignment/rules/analyze-model";
import type { ModelDocument } from "@/lib/model/model-schema";
import { buildModelDashboard, findingsBasis, whatFindingsLack } from "./model-dashboard";

const demo = JSON.parse(
  readFileSync(path.join(__dirname, "../../demo/harbour-mutual.model.json"), "utf8"),
) as ModelDocument;
const today = new Date("2026-11-24T10:00:00Z");
const organisation = { kind: "organisation" } as const;
const dashboard = (model: ModelDocument, hidden: string[] = []) =>
  buildModelDashboard(model, analyzeModel(model), organisation, { hiddenFindings: new Set(hidden), today });

describe("why the dashboard shows no findings", () => {
  it("says nothing is approved when no behaviour is", () => {
    const model = { ...demo, behaviours: demo.behaviours.map((b) => ({ ...b, status: "draft" as const })) };
    const { findings } = dashboard(model);
    expect(findings.basis.approvedBehaviours).toBe(0);
    expect(whatFindingsLack(findings.basis)).toBe("behaviours");
  });

  it("says nothing is linked when no KPI, process or system influences an approved behaviour", () => {
    const basis = findingsBasis({ ...demo, influences: [] }, new Set(demo.roles.map((r) => r.key)));
    expect(basis.approvedBehaviours).toBeGreaterThan(0);
    expect(basis).toMatchObject({ influences: 0, setAside: 0 });
    expect(whatFindingsLack(basis)).toBe("influences");
  });

  it("counts only the scope's approved behaviours and the influences on them", () => {
    const roleKeys = new Set(["advisor"]);
    const approved = demo.behaviours.filter((b) => b.role === "advisor" && b.status === "approved");
    const onThem = demo.influences.filter((i) => approved.some((b) => b.key === i.to));
    expect(findingsBasis(demo, roleKeys)).toEqual({
      approvedBehaviours: approved.length,
      influences: onThem.length,
      setAside: 0,
    });
  });

  it("says the findings were dismissed when every one is hidden", () => {
    const all = analyzeModel(demo).findings.map((f) => f.id);
    const { findings } = dashboard(demo, all);
    expect(findings.total).toBe(0);
    expect(findings.basis.setAside).toBe(all.length);
    expect(whatFindingsLack(findings.basis)).toBe("reviewed");
  });

  it("gives the good news only when there was something to check and nothing is set aside", () => {
    expect(whatFindingsLack({ approvedBehaviours: 4, influences: 3, setAside: 0 })).toBeNull();
  });
});

describe("the exposure widget's scope", () => {
  it("counts the roles in scope, so no roles is told apart from no back-office roles", () => {
    expect(dashboard({ ...demo, roles: [], behaviours: [], touchpoints: [] }).exposure).toMatchObject({
      roles: 0,
      rolesInScope: 0,
    });
    const facing = dashboard({ ...demo, roles: demo.roles.map((r) => ({ ...r, customerFacing: true })) }).exposure;
    expect(facing).toMatchObject({ roles: 0, rolesInScope: demo.roles.length });
  });
});
