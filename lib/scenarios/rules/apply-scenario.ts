/**
 * Applies a scenario's edits, in order, to a copy of the model (DESIGN §4.2 "What-if"). The model given is
 * never changed. Each edit is checked against the model as the earlier edits left it; an edit that does
 * not fit is reported (path, value, problem) and skipped, and every edit is checked in the one pass.
 */
import { sameName } from "@/lib/model/edits/same-name";
import type { Kpi, KpiLink, ModelDocument } from "@/lib/model/model-schema";
import { formatPath } from "@/lib/model/rules/model-path";
import { parseInfluenceSource } from "@/lib/model/rules/references";
import { InfluenceOverlay } from "./influence-overlay";
import type { ScenarioEdit } from "./scenario-schema";

/** `path` as the user reads it (`edits[2].kpi`); `segments` the same path, to place it in the file. */
export type ScenarioProblem = { path: string; segments: (string | number)[]; message: string };
export type AppliedScenario = { ok: true; model: ModelDocument } | { ok: false; problems: ScenarioProblem[] };

/** `kpi.counters[1]` as path segments. */
const parseField = (field: string): (string | number)[] =>
  field.split(/\.|\[|\]/).flatMap((part) => (part === "" ? [] : [/^\d+$/.test(part) ? Number(part) : part]));

const pairKey = (from: string, to: string) => `${from}\u0000${to}`;

export function applyScenario(model: ModelDocument, edits: readonly ScenarioEdit[]): AppliedScenario {
  // Working copies keyed for the edits; Maps keep the model's order, and a changed entry keeps its place.
  const kpis = new Map<string, Kpi>(model.kpis.map((kpi) => [kpi.key, kpi]));
  const influences = new InfluenceOverlay(model.influences, edits);
  const kpiLinks = new Map<string, KpiLink>((model.kpiLinks ?? []).map((link) => [pairKey(link.from, link.to), link]));
  const departments = new Set(model.departments.map((d) => d.key));
  const roles = new Set(model.roles.map((r) => r.key));
  const behaviours = new Set(model.behaviours.map((b) => b.key));
  const processes = new Set(model.processes.map((p) => p.key));
  const systems = new Set(model.systems.map((s) => s.key));
  const problems: ScenarioProblem[] = [];

  edits.forEach((edit, index) => {
    const refuse = (field: string | undefined, message: string) => {
      const segments = ["edits", index, ...(field ? parseField(field) : [])];
      problems.push({ path: formatPath(segments), segments, message });
      return false;
    };
    const kpiExists = (field: string, key: string) => kpis.has(key) || refuse(field, `no KPI with key "${key}"`);
    const sourceExists = (ref: string) => {
      const { kind, key } = parseInfluenceSource(ref);
      const found = kind === "kpi" ? kpis.has(key) : kind === "process" ? processes.has(key) : systems.has(key);
      return found || refuse("from", `no ${kind === "kpi" ? "KPI" : kind} with key "${key}"`);
    };
    const changeKpi = (key: string, change: (kpi: Kpi) => Kpi) => kpis.set(key, change(kpis.get(key)!));

    switch (edit.edit) {
      case "dropPayLink":
      case "addPayLink": {
        if (!kpiExists("kpi", edit.kpi)) return;
        const payLinked = edit.edit === "addPayLink";
        if (kpis.get(edit.kpi)!.payLinked === payLinked)
          return refuse("kpi", `KPI "${edit.kpi}" is ${payLinked ? "already" : "not"} tied to pay`);
        changeKpi(edit.kpi, (kpi) => ({ ...kpi, payLinked }));
        return;
      }
      case "removeKpi": {
        if (!kpiExists("kpi", edit.kpi)) return;
        kpis.delete(edit.kpi);
        for (const [key, kpi] of kpis)
          if (kpi.counters?.includes(edit.kpi))
            kpis.set(key, { ...kpi, counters: kpi.counters.filter((counter) => counter !== edit.kpi) });
        for (const [key, link] of kpiLinks) if (link.from === edit.kpi || link.to === edit.kpi) kpiLinks.delete(key);
        influences.removeSource(`kpi:${edit.kpi}`);
        return;
      }
      case "addKpi": {
        const kpi = edit.kpi;
        let fits = true;
        if (kpis.has(kpi.key)) fits = refuse("kpi.key", `there is already a KPI with key "${kpi.key}"`);
        // Two KPIs people cannot tell apart by name would make every list and finding ambiguous.
        for (const other of kpis.values())
          if (sameName(other.name, kpi.name)) {
            fits = refuse("kpi.name", `there is already a KPI named "${kpi.name.trim()}"`);
            break;
          }
        if (!departments.has(kpi.department))
          fits = refuse("kpi.department", `no department with key "${kpi.department}"`);
        kpi.measuredRoles?.forEach((role, i) => {
          if (!roles.has(role)) fits = refuse(`kpi.measuredRoles[${i}]`, `no role with key "${role}"`);
        });
        kpi.counters?.forEach((counter, i) => {
          if (counter === kpi.key) fits = refuse(`kpi.counters[${i}]`, `KPI "${kpi.key}" cannot be its own counter`);
          else if (!kpis.has(counter)) fits = refuse(`kpi.counters[${i}]`, `no KPI with key "${counter}"`);
        });
        if (fits) kpis.set(kpi.key, kpi);
        return;
      }
      case "addCounter":
      case "removeCounter": {
        const bothExist = [kpiExists("kpi", edit.kpi), kpiExists("counter", edit.counter)].every(Boolean);
        if (!bothExist) return;
        const counters = kpis.get(edit.kpi)!.counters ?? [];
        if (edit.edit === "addCounter") {
          if (edit.counter === edit.kpi) return refuse("counter", `KPI "${edit.kpi}" cannot be its own counter`);
          if (counters.includes(edit.counter))
            return refuse("counter", `KPI "${edit.counter}" already counters KPI "${edit.kpi}"`);
          changeKpi(edit.kpi, (kpi) => ({ ...kpi, counters: [...counters, edit.counter] }));
        } else {
          if (!counters.includes(edit.counter))
            return refuse("counter", `KPI "${edit.counter}" is not a counter of KPI "${edit.kpi}"`);
          const rest = counters.filter((counter) => counter !== edit.counter);
          changeKpi(edit.kpi, ({ counters: _, ...kpi }) => (rest.length ? { ...kpi, counters: rest } : kpi));
        }
        return;
      }
      case "setInfluence": {
        const fits = [
          sourceExists(edit.from),
          behaviours.has(edit.to) || refuse("to", `no behaviour with key "${edit.to}"`),
        ];
        if (!fits.every(Boolean)) return;
        const before = influences.get(edit.from, edit.to);
        const why = edit.why ?? before?.why;
        influences.set({
          from: edit.from,
          to: edit.to,
          effect: edit.effect,
          strength: edit.strength,
          ...(why === undefined ? {} : { why }),
        });
        return;
      }
      case "removeInfluence": {
        if (!influences.delete(edit.from, edit.to))
          refuse(undefined, `${edit.from} does not influence behaviour "${edit.to}"`);
        return;
      }
      case "setKpiLink": {
        const bothExist = [kpiExists("from", edit.from), kpiExists("to", edit.to)].every(Boolean);
        if (!bothExist) return;
        if (edit.from === edit.to) return refuse("to", `KPI "${edit.from}" cannot be linked to itself`);
        kpiLinks.set(pairKey(edit.from, edit.to), { from: edit.from, to: edit.to, effect: edit.effect });
        return;
      }
      case "removeKpiLink": {
        if (!kpiLinks.delete(pairKey(edit.from, edit.to)))
          refuse(undefined, `KPI "${edit.from}" is not linked to KPI "${edit.to}"`);
        return;
      }
    }
  });

  if (problems.length) return { ok: false, problems };
  const edited: ModelDocument = {
    ...model,
    kpis: [...kpis.values()],
    influences: influences.list(),
  };
  if (kpiLinks.size || model.kpiLinks) edited.kpiLinks = [...kpiLinks.values()];
  return { ok: true, model: edited };
}
