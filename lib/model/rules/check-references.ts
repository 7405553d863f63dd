/**
 * The cross-references of a structurally valid model: unique keys per kind, and every reference naming
 * something that exists. Errors name the path and the problem: roles[3].department: no department with key "cc".
 */
import type { ModelDocument } from "@/lib/model/model-schema";
import { DepartmentTree } from "@/lib/access/department-tree";
import { parseInfluenceSource } from "./references";

export type ModelIssue = { path: (string | number)[]; message: string };

export function checkReferences(model: ModelDocument): ModelIssue[] {
  const issues: ModelIssue[] = [];
  const report = (path: (string | number)[], message: string) => issues.push({ path, message });

  const keysOf = <T extends { key: string }>(section: string, items: readonly T[] | undefined): Set<string> => {
    const seen = new Set<string>();
    (items ?? []).forEach((item, index) => {
      if (seen.has(item.key)) report([section, index, "key"], `duplicate key "${item.key}"`);
      seen.add(item.key);
    });
    return seen;
  };
  const departments = keysOf("departments", model.departments);
  const roles = keysOf("roles", model.roles);
  const stages = keysOf("stages", model.stages);
  const objectives = keysOf("objectives", model.objectives);
  const behaviours = keysOf("behaviours", model.behaviours);
  const kpis = keysOf("kpis", model.kpis);
  const processes = keysOf("processes", model.processes);
  const systems = keysOf("systems", model.systems);
  keysOf("stories", model.stories);
  keysOf("actions", model.actions);

  const expect = (set: Set<string>, kind: string, value: string | undefined, path: (string | number)[]) => {
    if (value !== undefined && !set.has(value)) report(path, `no ${kind} with key "${value}"`);
  };

  model.departments.forEach((department, index) => {
    expect(departments, "department", department.parent, ["departments", index, "parent"]);
  });
  for (const cycle of departmentCycles(model.departments)) {
    report(["departments", cycle.index, "parent"], `department "${cycle.key}" is its own ancestor`);
  }
  model.roles.forEach((role, index) =>
    expect(departments, "department", role.department, ["roles", index, "department"]),
  );

  const touchpoints = new Set<string>();
  model.touchpoints.forEach((touchpoint, index) => {
    expect(roles, "role", touchpoint.role, ["touchpoints", index, "role"]);
    expect(stages, "stage", touchpoint.stage, ["touchpoints", index, "stage"]);
    const id = `${touchpoint.role}\u0000${touchpoint.stage}`;
    if (touchpoints.has(id))
      report(["touchpoints", index], `duplicate touchpoint (${touchpoint.role}, ${touchpoint.stage})`);
    touchpoints.add(id);
  });

  model.behaviours.forEach((behaviour, index) => {
    expect(roles, "role", behaviour.role, ["behaviours", index, "role"]);
    expect(stages, "stage", behaviour.stage, ["behaviours", index, "stage"]);
    behaviour.objectives?.forEach((objective, i) =>
      expect(objectives, "objective", objective, ["behaviours", index, "objectives", i]),
    );
  });

  model.kpis.forEach((kpi, index) => {
    expect(departments, "department", kpi.department, ["kpis", index, "department"]);
    kpi.measuredRoles?.forEach((role, i) => expect(roles, "role", role, ["kpis", index, "measuredRoles", i]));
  });
  model.processes.forEach((process, index) =>
    expect(departments, "department", process.department, ["processes", index, "department"]),
  );

  const sources = { kpi: kpis, process: processes, system: systems } as const;
  const influencePairs = new Set<string>();
  model.influences.forEach((influence, index) => {
    const { kind, key: sourceKey } = parseInfluenceSource(influence.from);
    expect(sources[kind], kind === "kpi" ? "KPI" : kind, sourceKey, ["influences", index, "from"]);
    expect(behaviours, "behaviour", influence.to, ["influences", index, "to"]);
    const pair = `${influence.from}\u0000${influence.to}`;
    if (influencePairs.has(pair))
      report(["influences", index], `${influence.from} already influences behaviour "${influence.to}"`);
    influencePairs.add(pair);
  });

  model.stories?.forEach((story, index) => {
    expect(stages, "stage", story.stage, ["stories", index, "stage"]);
    story.roles?.forEach((role, i) => expect(roles, "role", role, ["stories", index, "roles", i]));
  });
  model.exposures?.forEach((exposure, index) => expect(roles, "role", exposure.role, ["exposures", index, "role"]));
  return issues;
}

/** Departments whose parent chain leads back to themselves (reported once per department on a cycle). */
function departmentCycles(departments: ModelDocument["departments"]): { index: number; key: string }[] {
  const tree = new DepartmentTree(departments);
  return departments.flatMap((department, index) =>
    tree.isOwnAncestor(department.key) ? [{ index, key: department.key }] : [],
  );
}
