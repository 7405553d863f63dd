import { describe, expect, it } from "vitest";
import { currentNavHref, navigationFor } from "./navigation";
import { can, canEditDepartment, PERMISSIONS } from "./permissions";
import { MEMBER_ROLES } from "./roles";

describe("permission matrix", () => {
  it("lets only owners manage members and change the organisation", () => {
    expect(MEMBER_ROLES.filter((role) => can(role, "members:manage"))).toEqual(["owner"]);
    expect(MEMBER_ROLES.filter((role) => can(role, "organisation:update"))).toEqual(["owner"]);
  });

  it("lets owners and executives read the audit log and approve behaviours, not heads or viewers", () => {
    for (const action of ["audit:read", "behaviours:approve"] as const) {
      expect(MEMBER_ROLES.filter((role) => can(role, action))).toEqual(["owner", "executive"]);
    }
  });

  it("lets every member read the organisation", () => {
    expect(MEMBER_ROLES.every((role) => can(role, "organisation:read"))).toBe(true);
  });

  it("gives viewers no write permission at all", () => {
    const writes = Object.keys(PERMISSIONS).filter((action) => !action.endsWith(":read") && !action.startsWith("results:read"));
    expect(writes.filter((action) => can("viewer", action as keyof typeof PERMISSIONS))).toEqual([]);
  });

  it("lets department heads edit only their own departments' model entries", () => {
    expect(can("department_head", "model:edit")).toBe(false);
    expect(can("department_head", "model:edit-own-departments")).toBe(true);
  });
});

describe("canEditDepartment", () => {
  const tree = [
    { id: "service", parentId: null },
    { id: "contact", parentId: "service" },
    { id: "night-shift", parentId: "contact" },
    { id: "billing", parentId: null },
  ];

  it("allows a head in an assigned department and every department below it", () => {
    const head = { role: "department_head" as const, departmentIds: ["service"] };
    expect(canEditDepartment(head, "service", tree)).toBe(true);
    expect(canEditDepartment(head, "night-shift", tree)).toBe(true);
    expect(canEditDepartment(head, "billing", tree)).toBe(false);
  });

  it("does not let a head of a sub-department edit its parent", () => {
    expect(canEditDepartment({ role: "department_head", departmentIds: ["contact"] }, "service", tree)).toBe(false);
  });

  it("allows owners everywhere and executives and viewers nowhere", () => {
    expect(canEditDepartment({ role: "owner", departmentIds: [] }, "billing", tree)).toBe(true);
    expect(canEditDepartment({ role: "executive", departmentIds: ["billing"] }, "billing", tree)).toBe(false);
    expect(canEditDepartment({ role: "viewer", departmentIds: ["billing"] }, "billing", tree)).toBe(false);
  });

  it("terminates on a cyclic tree", () => {
    const cyclic = [
      { id: "a", parentId: "b" },
      { id: "b", parentId: "a" },
    ];
    expect(canEditDepartment({ role: "department_head", departmentIds: ["x"] }, "a", cyclic)).toBe(false);
  });
});

describe("currentNavHref", () => {
  const items = navigationFor("owner", "acme");
  it("marks the dashboard on its own page and its drill-downs, and a behaviour's page as part of the model", () => {
    expect(currentNavHref(items, "/orgs/acme")).toBe("/orgs/acme");
    expect(currentNavHref(items, "/orgs/acme/departments/claims")).toBe("/orgs/acme");
    expect(currentNavHref(items, "/orgs/acme/roles/advisor")).toBe("/orgs/acme");
    expect(currentNavHref(items, "/orgs/acme/exposure")).toBe("/orgs/acme/stories");
    expect(currentNavHref(items, "/orgs/acme/behaviours/greet")).toBe("/orgs/acme/model");
    expect(currentNavHref(items, "/orgs/acme/model/agent/pay")).toBe("/orgs/acme/model");
    expect(currentNavHref(items, "/orgs/acme/findings")).toBe("/orgs/acme/findings");
    expect(currentNavHref(items, "/orgs/acme/unknown")).toBeUndefined();
  });
});

describe("navigationFor", () => {
  const labels = (role: (typeof MEMBER_ROLES)[number]) => navigationFor(role, "acme").map((item) => item.label);

  it("shows each role only what it may use", () => {
    expect(labels("owner")).toEqual(["Dashboard", "Model", "Inventory", "Findings", "Actions", "Diagnostic", "Stories", "Members", "Audit log", "Settings"]);
    expect(labels("executive")).toEqual(["Dashboard", "Model", "Inventory", "Findings", "Actions", "Diagnostic", "Stories", "Members", "Audit log"]);
    expect(labels("department_head")).toEqual(["Dashboard", "Model", "Inventory", "Findings", "Actions", "Diagnostic", "Stories", "Members"]);
    expect(labels("viewer")).toEqual(["Dashboard", "Model", "Inventory", "Findings", "Actions", "Diagnostic", "Stories", "Members"]);
  });

  it("shows owners the outbox only while mail is kept there (no mail server)", () => {
    const withOutbox = (role: (typeof MEMBER_ROLES)[number]) => navigationFor(role, "acme", { outbox: true }).map((item) => item.label);
    expect(withOutbox("owner")).toEqual(["Dashboard", "Model", "Inventory", "Findings", "Actions", "Diagnostic", "Stories", "Members", "Audit log", "Outbox", "Settings"]);
    for (const role of ["executive", "department_head", "viewer"] as const) expect(withOutbox(role)).not.toContain("Outbox");
    expect(MEMBER_ROLES.filter((role) => can(role, "outbox:read"))).toEqual(["owner"]);
  });

  it("builds links inside the organisation", () => {
    expect(navigationFor("owner", "acme").map((item) => item.href)).toEqual([
      "/orgs/acme",
      "/orgs/acme/model",
      "/orgs/acme/inventory",
      "/orgs/acme/findings",
      "/orgs/acme/actions",
      "/orgs/acme/diagnostic",
      "/orgs/acme/stories",
      "/orgs/acme/members",
      "/orgs/acme/audit",
      "/orgs/acme/settings",
    ]);
  });
});
