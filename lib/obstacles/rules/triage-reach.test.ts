import { describe, expect, it } from "vitest";
import { DepartmentTree } from "@/lib/access/department-tree";
import { mayTriage } from "./triage-reach";

const tree = new DepartmentTree([
  { key: "service", parent: null },
  { key: "contact", parent: "service" },
  { key: "billing", parent: null },
]);

describe("who may triage an obstacle report", () => {
  it("lets owners triage every report, with or without a department", () => {
    expect(mayTriage({ role: "owner" }, null, tree)).toBe(true);
    expect(mayTriage({ role: "owner" }, "billing", tree)).toBe(true);
  });

  it("lets a head triage the reports of their departments and those below, not others nor unassigned ones", () => {
    const head = { role: "department_head" as const, departmentIds: ["service"] };
    expect(mayTriage(head, "service", tree)).toBe(true);
    expect(mayTriage(head, "contact", tree)).toBe(true);
    expect(mayTriage(head, "billing", tree)).toBe(false);
    expect(mayTriage(head, null, tree)).toBe(false);
  });

  it("lets executives and viewers triage nothing", () => {
    for (const role of ["executive", "viewer"] as const) {
      expect(mayTriage({ role }, null, tree)).toBe(false);
      expect(mayTriage({ role }, "service", tree)).toBe(false);
    }
  });
});
