import { describe, expect, it } from "vitest";
import { currentNavHref, navigationFor } from "./navigation";
import { DepartmentTree } from "./department-tree";
import { can, departmentsInReach, PERMISSIONS } from "./permissions";
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

  it("gives viewers no write permission but reporting an obstacle", () => {
    const writes = Object.keys(PERMISSIONS).filter(
      (action) => !action.endsWith(":read") && !action.startsWith("results:read"),
    );
    expect(writes.filter((action) => can("viewer", action as keyof typeof PERMISSIONS))).toEqual(["obstacles:report"]);
  });

  it("lets every member report an obstacle, owners and heads (own departments) triage, owners keep the link", () => {
    expect(MEMBER_ROLES.every((role) => can(role, "obstacles:report"))).toBe(true);
    expect(MEMBER_ROLES.filter((role) => can(role, "obstacles:triage"))).toEqual(["owner", "department_head"]);
    const tree = new DepartmentTree([
      { key: "service", parent: null },
      { key: "contact", parent: "service" },
      { key: "billing", parent: null },
    ]);
    const head = { role: "department_head" as const, departmentIds: ["service"] };
    expect(can(head, "obstacles:triage", { department: "contact", tree })).toBe(true);
    expect(can(head, "obstacles:triage", { department: "billing", tree })).toBe(false);
    expect(MEMBER_ROLES.filter((role) => can(role, "obstacles:link"))).toEqual(["owner"]);
  });

  it("lets owners, executives and heads (in their departments) draft scenarios; only owners and executives apply them", () => {
    expect(MEMBER_ROLES.filter((role) => can(role, "scenarios:draft"))).toEqual([
      "owner",
      "executive",
      "department_head",
    ]);
    expect(MEMBER_ROLES.filter((role) => can(role, "scenarios:apply"))).toEqual(["owner", "executive"]);
    const tree = new DepartmentTree([
      { key: "service", parent: null },
      { key: "contact", parent: "service" },
      { key: "billing", parent: null },
    ]);
    const head = { role: "department_head" as const, departmentIds: ["service"] };
    expect(can(head, "scenarios:draft", { department: "contact", tree })).toBe(true);
    expect(can(head, "scenarios:draft", { department: "billing", tree })).toBe(false);
    expect(can({ role: "executive", departmentIds: [] }, "scenarios:draft", { department: "billing", tree })).toBe(
      true,
    );
  });

  it("lets department heads edit only their own departments' model entries", () => {
    expect(can("department_head", "model:edit")).toBe(false);
    expect(can("department_head", "model:edit-department")).toBe(true);
  });
});

describe("department scope", () => {
  const tree = new DepartmentTree([
    { key: "service", parent: null },
    { key: "contact", parent: "service" },
    { key: "night-shift", parent: "contact" },
    { key: "billing", parent: null },
  ]);
  const edit = (member: { role: (typeof MEMBER_ROLES)[number]; departmentIds: string[] }, department: string) =>
    can(member, "model:edit-department", { department, tree });

  it("allows a head in an assigned department and every department below it", () => {
    const head = { role: "department_head" as const, departmentIds: ["service"] };
    expect(edit(head, "service")).toBe(true);
    expect(edit(head, "night-shift")).toBe(true);
    expect(edit(head, "billing")).toBe(false);
  });

  it("does not let a head of a sub-department edit its parent", () => {
    expect(edit({ role: "department_head", departmentIds: ["contact"] }, "service")).toBe(false);
  });

  it("allows owners everywhere and executives and viewers nowhere", () => {
    expect(edit({ role: "owner", departmentIds: [] }, "billing")).toBe(true);
    expect(edit({ role: "executive", departmentIds: ["billing"] }, "billing")).toBe(false);
    expect(edit({ role: "viewer", departmentIds: ["billing"] }, "billing")).toBe(false);
  });

  it("terminates on a cyclic tree", () => {
    const cyclic = new DepartmentTree([
      { key: "a", parent: "b" },
      { key: "b", parent: "a" },
    ]);
    expect(
      can({ role: "department_head", departmentIds: ["x"] }, "model:edit-department", {
        department: "a",
        tree: cyclic,
      }),
    ).toBe(false);
    expect(
      can({ role: "department_head", departmentIds: ["b"] }, "model:edit-department", {
        department: "a",
        tree: cyclic,
      }),
    ).toBe(true);
  });

  it("limits a head's results and exposure to their departments, and leaves executives' everywhere", () => {
    const head = { role: "department_head" as const, departmentIds: ["contact"] };
    const all = ["service", "contact", "night-shift", "billing"];
    expect(departmentsInReach(head, "results:read", tree, all)).toEqual(["contact", "night-shift"]);
    expect(departmentsInReach(head, "exposure:record", tree, all)).toEqual(["contact", "night-shift"]);
    expect(departmentsInReach({ role: "executive" }, "results:read", tree, all)).toBeNull();
    expect(departmentsInReach({ role: "executive" }, "exposure:record", tree, all)).toBeNull();
    expect(departmentsInReach({ role: "viewer" }, "exposure:record", tree, all)).toEqual([]);
  });

  it("answers an unscoped question with whether the member may act anywhere at all", () => {
    expect(can("department_head", "model:edit-department")).toBe(true);
    expect(can("department_head", "model:edit")).toBe(false);
    expect(can({ role: "department_head", departmentIds: [] }, "results:read")).toBe(true);
  });
});

describe("DepartmentTree", () => {
  const tree = new DepartmentTree([
    { key: "service", parent: null },
    { key: "contact", parent: "service" },
    { key: "night-shift", parent: "contact" },
    { key: "billing" },
  ]);

  it("walks up, down and to the top", () => {
    expect(tree.lineage("night-shift")).toEqual(["night-shift", "contact", "service"]);
    expect(tree.subtree("service")).toEqual(["service", "contact", "night-shift"]);
    expect(tree.topLevel("night-shift")).toBe("service");
    expect(tree.topLevel("billing")).toBe("billing");
    expect(tree.isWithin("night-shift", "service")).toBe(true);
    expect(tree.isWithin("service", "night-shift")).toBe(false);
  });

  it("finds departments that are their own ancestors, and stops walking at the cycle", () => {
    const cyclic = new DepartmentTree([
      { key: "a", parent: "b" },
      { key: "b", parent: "a" },
      { key: "c", parent: "a" },
    ]);
    expect(cyclic.isOwnAncestor("a")).toBe(true);
    expect(cyclic.isOwnAncestor("c")).toBe(false);
    expect(cyclic.lineage("c")).toEqual(["c", "a", "b"]);
    expect(cyclic.subtree("a")).toEqual(["a", "b", "c"]);
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
    expect(currentNavHref(items, "/orgs/acme/scenarios/abc")).toBe("/orgs/acme/system");
    expect(currentNavHref(items, "/orgs/acme/model/agent/pay")).toBe("/orgs/acme/model");
    expect(currentNavHref(items, "/orgs/acme/findings")).toBe("/orgs/acme/findings");
    expect(currentNavHref(items, "/orgs/acme/unknown")).toBeUndefined();
  });
});

describe("navigationFor", () => {
  const labels = (role: (typeof MEMBER_ROLES)[number]) => navigationFor(role, "acme").map((item) => item.label);

  it("shows each role only what it may use", () => {
    expect(labels("owner")).toEqual([
      "Dashboard",
      "Model",
      "Inventory",
      "Findings",
      "System view",
      "Actions",
      "Diagnostic",
      "Stories",
      "Members",
      "Audit log",
      "Settings",
    ]);
    expect(labels("executive")).toEqual([
      "Dashboard",
      "Model",
      "Inventory",
      "Findings",
      "System view",
      "Actions",
      "Diagnostic",
      "Stories",
      "Members",
      "Audit log",
    ]);
    expect(labels("department_head")).toEqual([
      "Dashboard",
      "Model",
      "Inventory",
      "Findings",
      "System view",
      "Actions",
      "Diagnostic",
      "Stories",
      "Members",
    ]);
    expect(labels("viewer")).toEqual([
      "Dashboard",
      "Model",
      "Inventory",
      "Findings",
      "System view",
      "Actions",
      "Diagnostic",
      "Stories",
      "Members",
    ]);
  });

  it("shows owners the outbox only while mail is kept there (no mail server)", () => {
    const withOutbox = (role: (typeof MEMBER_ROLES)[number]) =>
      navigationFor(role, "acme", { outbox: true }).map((item) => item.label);
    expect(withOutbox("owner")).toEqual([
      "Dashboard",
      "Model",
      "Inventory",
      "Findings",
      "System view",
      "Actions",
      "Diagnostic",
      "Stories",
      "Members",
      "Audit log",
      "Outbox",
      "Settings",
    ]);
    for (const role of ["executive", "department_head", "viewer"] as const)
      expect(withOutbox(role)).not.toContain("Outbox");
    expect(MEMBER_ROLES.filter((role) => can(role, "outbox:read"))).toEqual(["owner"]);
  });

  it("builds links inside the organisation", () => {
    expect(navigationFor("owner", "acme").map((item) => item.href)).toEqual([
      "/orgs/acme",
      "/orgs/acme/model",
      "/orgs/acme/inventory",
      "/orgs/acme/findings",
      "/orgs/acme/system",
      "/orgs/acme/actions",
      "/orgs/acme/diagnostic",
      "/orgs/acme/stories",
      "/orgs/acme/members",
      "/orgs/acme/audit",
      "/orgs/acme/settings",
    ]);
  });
});
