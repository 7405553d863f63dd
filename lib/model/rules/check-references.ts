/**
 * The cross-references of a model: unique keys per kind, and every reference naming something that
 * exists. Errors name the path and the problem: roles[3].department: no department with key "cc".
 * Runs alongside the shape check (one pass): an entry whose shape is wrong is given as `Unchecked` and
 * only its own references are skipped; its key, when readable, still counts as existing.
 */
import type { ModelDocument } from "@/lib/model/model-schema";
import { DepartmentTree } from "@/lib/access/department-tree";
import { parseInfluenceSource } from "./references";

export type ModelIssue = { path: (string | number)[]; message: string };
/** An entry whose shape is wrong: its references cannot be checked. */
export type Unchecked = { unchecked: true; key?: string };
type Entries<T> = readonly (T | Unchecked)[];
type Sections = Required<Omit<ModelDocument, "format" | "organisation">>;
/** A model whose entries may be unchecked; a section that is not a list at all is `undefined`. */
export type CheckableModel = { [S in keyof Sections]?: Entries<Sections[S][number]> };

const isChecked = <T>(entry: T | Unchecked): entry is T => !(entry as Unchecked).unchecked;
const checked = <T>(entries: Entries<T> | undefined): { item: T; index: number }[] =>
  (entries ?? []).flatMap((item, index) => (isChecked(item) ? [{ item, index }] : []));

export function checkReferences(model: CheckableModel | ModelDocument): ModelIssue[] {
  const issues: ModelIssue[] = [];
  const report = (path: (string | number)[], message: string) => issues.push({ path, message });

  /** The keys of a section, or undefined when the section is unreadable (references to it are not checked). */
  const keysOf = (section: string, items: Entries<{ key?: string }> | undefined): Set<string> | undefined => {
    if (!items) return undefined;
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (typeof item.key !== "string") return;
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
  // KPIs are told apart by name too, case and surrounding spaces aside (the database refuses two alike).
  const kpiNames = new Map<string, number>();
  checked(model.kpis).forEach(({ item: kpi, index }) => {
    const name = kpi.name.trim().toLocaleLowerCase("en");
    const first = kpiNames.get(name);
    if (first === undefined) kpiNames.set(name, index);
    else report(["kpis", index, "name"], `another KPI is named "${kpi.name}" (kpis[${first}])`);
  });
  const processes = keysOf("processes", model.processes);
  const systems = keysOf("systems", model.systems);
  keysOf("stories", model.stories ?? []);
  keysOf("actions", model.actions ?? []);

  const expect = (set: Set<string> | undefined, kind: string, value: string | undefined, path: (string | number)[]) => {
    if (set && value !== undefined && !set.has(value)) report(path, `no ${kind} with key "${value}"`);
  };

  checked(model.departments).forEach(({ item: department, index }) => {
    expect(departments, "department", department.parent, ["departments", index, "parent"]);
  });
  for (const cycle of departmentCycles(model.departments)) {
    report(["departments", cycle.index, "parent"], `department "${cycle.key}" is its own ancestor`);
  }
  checked(model.roles).forEach(({ item: role, index }) =>
    expect(departments, "department", role.department, ["roles", index, "department"]),
  );

  const touchpoints = new Set<string>();
  checked(model.touchpoints).forEach(({ item: touchpoint, index }) => {
    expect(roles, "role", touchpoint.role, ["touchpoints", index, "role"]);
    expect(stages, "stage", touchpoint.stage, ["touchpoints", index, "stage"]);
    const id = `${touchpoint.role}\u0000${touchpoint.stage}`;
    if (touchpoints.has(id))
      report(["touchpoints", index], `duplicate touchpoint (${touchpoint.role}, ${touchpoint.stage})`);
    touchpoints.add(id);
  });

  checked(model.behaviours).forEach(({ item: behaviour, index }) => {
    expect(roles, "role", behaviour.role, ["behaviours", index, "role"]);
    expect(stages, "stage", behaviour.stage, ["behaviours", index, "stage"]);
    behaviour.objectives?.forEach((objective, i) =>
      expect(objectives, "objective", objective, ["behaviours", index, "objectives", i]),
    );
  });

  checked(model.kpis).forEach(({ item: kpi, index }) => {
    expect(departments, "department", kpi.department, ["kpis", index, "department"]);
    kpi.measuredRoles?.forEach((role, i) => expect(roles, "role", role, ["kpis", index, "measuredRoles", i]));
    kpi.counters?.forEach((counter, i) => {
      const path = ["kpis", index, "counters", i];
      if (counter === kpi.key) report(path, `KPI "${kpi.key}" cannot be its own counter`);
      else expect(kpis, "KPI", counter, path);
    });
  });
  const kpiLinks = new Set<string>();
  checked(model.kpiLinks).forEach(({ item: link, index }) => {
    if (link.from === link.to) report(["kpiLinks", index, "to"], `KPI "${link.from}" cannot be linked to itself`);
    expect(kpis, "KPI", link.from, ["kpiLinks", index, "from"]);
    if (link.from !== link.to) expect(kpis, "KPI", link.to, ["kpiLinks", index, "to"]);
    const pair = `${link.from}\u0000${link.to}`;
    if (kpiLinks.has(pair)) report(["kpiLinks", index], `KPI "${link.from}" is already linked to KPI "${link.to}"`);
    kpiLinks.add(pair);
  });
  const readings = new Set<string>();
  checked(model.kpiReadings).forEach(({ item: reading, index }) => {
    expect(kpis, "KPI", reading.kpi, ["kpiReadings", index, "kpi"]);
    expect(departments, "department", reading.department, ["kpiReadings", index, "department"]);
    const id = `${reading.kpi}\u0000${reading.period}\u0000${reading.department ?? ""}`;
    if (readings.has(id))
      report(
        ["kpiReadings", index],
        `KPI "${reading.kpi}" already has a reading for ${reading.period}${reading.department ? ` in department "${reading.department}"` : ""}`,
      );
    readings.add(id);
  });
  checked(model.processes).forEach(({ item: process, index }) =>
    expect(departments, "department", process.department, ["processes", index, "department"]),
  );

  const sources = { kpi: kpis, process: processes, system: systems } as const;
  const influencePairs = new Set<string>();
  checked(model.influences).forEach(({ item: influence, index }) => {
    const { kind, key: sourceKey } = parseInfluenceSource(influence.from);
    expect(sources[kind], kind === "kpi" ? "KPI" : kind, sourceKey, ["influences", index, "from"]);
    expect(behaviours, "behaviour", influence.to, ["influences", index, "to"]);
    const pair = `${influence.from}\u0000${influence.to}`;
    if (influencePairs.has(pair))
      report(["influences", index], `${influence.from} already influences behaviour "${influence.to}"`);
    influencePairs.add(pair);
  });

  checked(model.stories).forEach(({ item: story, index }) => {
    expect(stages, "stage", story.stage, ["stories", index, "stage"]);
    story.roles?.forEach((role, i) => expect(roles, "role", role, ["stories", index, "roles", i]));
  });
  checked(model.exposures).forEach(({ item: exposure, index }) =>
    expect(roles, "role", exposure.role, ["exposures", index, "role"]),
  );
  return issues;
}

/** Departments whose parent chain leads back to themselves (reported once per department on a cycle). */
function departmentCycles(departments: CheckableModel["departments"]): { index: number; key: string }[] {
  const readable = checked(departments);
  const tree = new DepartmentTree(readable.map(({ item }) => item));
  return readable.flatMap(({ item, index }) => (tree.isOwnAncestor(item.key) ? [{ index, key: item.key }] : []));
}
