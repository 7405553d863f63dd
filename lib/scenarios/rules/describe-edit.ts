/**
 * A scenario's edit in words, as the editor lists it ("Average handle time no longer counts towards pay").
 * Names come from the model; a key the model does not know is shown as it is.
 */
import { listInWords } from "@/lib/text/plural";
import type { ScenarioEdit } from "./scenario-schema";

/** Names by key: KPIs, processes and systems by name, behaviours by what people do. */
export type ScenarioNames = {
  kpis: ReadonlyMap<string, string>;
  processes: ReadonlyMap<string, string>;
  systems: ReadonlyMap<string, string>;
  behaviours: ReadonlyMap<string, string>;
};

const shorten = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

export function describeEdit(edit: ScenarioEdit, names: ScenarioNames): string {
  const kpi = (key: string) => names.kpis.get(key) ?? key;
  const behaviour = (key: string) => `“${shorten(names.behaviours.get(key) ?? key)}”`;
  const source = (ref: string) => {
    const [kind, key = ""] = ref.split(":", 2) as [string, string];
    if (kind === "kpi") return kpi(key);
    if (kind === "process") return names.processes.get(key) ?? key;
    return names.systems.get(key) ?? key;
  };
  switch (edit.edit) {
    case "dropPayLink":
      return `${kpi(edit.kpi)} no longer counts towards pay`;
    case "addPayLink":
      return `${kpi(edit.kpi)} counts towards pay`;
    case "removeKpi":
      return `${kpi(edit.kpi)} is no longer measured`;
    case "addKpi": {
      const counters = edit.kpi.counters ?? [];
      const countered = counters.length
        ? `; ${listInWords(counters.map(kpi))} ${counters.length === 1 ? "catches" : "catch"} what it can damage`
        : "";
      return `A new KPI: ${edit.kpi.name}${edit.kpi.payLinked ? ", counting towards pay" : ""}${countered}`;
    }
    case "addCounter":
      return `${kpi(edit.counter)} catches what ${kpi(edit.kpi)} can damage`;
    case "removeCounter":
      return `${kpi(edit.counter)} no longer counters ${kpi(edit.kpi)}`;
    case "setInfluence": {
      const strength = ["", "weakly", "", "strongly"][edit.strength] ?? "";
      return `${source(edit.from)} ${strength ? `${strength} ` : ""}${edit.effect} ${behaviour(edit.to)}`;
    }
    case "removeInfluence":
      return `${source(edit.from)} no longer affects ${behaviour(edit.to)}`;
    case "setKpiLink":
      return `Pushing ${kpi(edit.from)} up ${edit.effect === "reinforces" ? "helps" : "costs"} ${kpi(edit.to)}`;
    case "removeKpiLink":
      return `${kpi(edit.from)} is no longer linked to ${kpi(edit.to)}`;
  }
}
