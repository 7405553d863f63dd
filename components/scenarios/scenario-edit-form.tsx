"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type FormEvent, type RefObject, useDeferredValue, useId, useMemo, useRef, useState } from "react";
import { z } from "zod";
import { KpiKindFields } from "@/components/inventory/kpi-kind-fields";
import { matching, SearchPickMany, type Searched } from "@/components/ui/search-pick-many";
import { SearchSelect } from "@/components/ui/search-select";
import { api, asApiError } from "@/lib/client/api";
import type { NewKpiDraft } from "@/lib/scenarios/rules/new-kpi";
import type { ScenarioEdit } from "@/lib/scenarios/rules/scenario-schema";
import type { ScenarioChoices } from "@/lib/scenarios/get-scenario-choices";
import type { Found } from "@/lib/scenarios/search-scenario-choices";

/** The kinds of change the form offers, in the product's words. */
const KINDS = {
  dropPayLink: "Take a KPI out of pay",
  addPayLink: "Tie a KPI to pay",
  addCounter: "Add a counter to a KPI",
  removeCounter: "Remove a counter from a KPI",
  removeKpi: "Stop measuring a KPI",
  addKpi: "Add a new KPI",
  setInfluence: "Set how something influences a behaviour",
  removeInfluence: "Remove an influence on a behaviour",
  setKpiLink: "Link two KPIs",
  removeKpiLink: "Remove a link between two KPIs",
} as const;
type Kind = keyof typeof KINDS;

const behavioursSchema = z.object({ behaviours: z.array(z.object({ key: z.string(), name: z.string() })) });
const foundSchema = z.object({ choices: z.array(z.object({ key: z.string(), name: z.string() })), more: z.boolean() });
const newKpiSchema = z
  .object({ edit: z.object({ edit: z.literal("addKpi"), kpi: z.object({ key: z.string() }).passthrough() }) })
  .transform((value) => value as unknown as { edit: Extract<ScenarioEdit, { edit: "addKpi" }> });

type Named = { key: string; name: string };
/** Names said with each change, by reference: `kpi:aht`, `process:…`, `system:…`, `behaviour:…`. */
export type SaidNames = ReadonlyMap<string, string>;

const blankKpi = (department: string): NewKpiDraft => ({
  name: "",
  department,
  payLinked: false,
  direction: "higher",
  horizon: "short",
  category: "operational",
  definition: "",
  measuredRoles: [],
  counters: [],
});

const byName = (a: Named, b: Named) => a.name.localeCompare(b.name);
/** An influence source named with its kind, as the server names those it finds. */
const asSource = (kpi: Named): Named => ({ key: `kpi:${kpi.key}`, name: `KPI: ${kpi.name}` });
const KIND_WORDS: Record<string, string> = { kpi: "KPI: ", process: "Process: ", system: "System: " };
/** A source's own name, without the kind it is listed with. */
const sourceName = (source: Named) => {
  const words = KIND_WORDS[source.key.split(":", 1)[0]!] ?? "";
  return source.name.startsWith(words) ? source.name.slice(words.length) : source.name;
};

/**
 * The model's KPIs (`kpi`), influence sources (`source`), roles (`role`) or departments (`department`) whose
 * names have the words searched, found by the server (a large model has tens of thousands of KPIs, a large
 * organisation thousands of departments); `known` are those the editor has
 * already, shown at once while the server looks; `added` (the scenario's new KPIs, which only the editor
 * knows) are found among the server's matches.
 */
function useChoices(
  org: string,
  kind: "kpi" | "source" | "role" | "department",
  search: string,
  first: Found<Named>,
  known: readonly Named[],
  added: readonly Named[],
  enabled: boolean,
): { shown: Named[]; more: boolean; looking: boolean } {
  const q = useDeferredValue(search.trim());
  const found = useQuery({
    queryKey: ["scenario-choices", org, kind, q],
    queryFn: () => api.get(`/api/orgs/${org}/scenarios/choices?for=${kind}&q=${encodeURIComponent(q)}`, foundSchema),
    enabled,
    initialData: q === "" ? first : undefined,
    // Until the server answers, what the editor knows that matches.
    placeholderData: () => {
      const { shown, more } = matching(known, q);
      return { choices: shown, more };
    },
  });
  return useMemo(() => {
    const answer = found.data ?? { choices: [], more: false };
    const served = new Set(answer.choices.map((c) => c.key));
    const extra = found.isPlaceholderData ? [] : matching(added, q).shown.filter((a) => !served.has(a.key));
    return {
      shown: extra.length ? [...answer.choices, ...extra].sort(byName) : answer.choices,
      more: answer.more,
      looking: found.isPlaceholderData || (found.isFetching && !found.data),
    };
  }, [found.data, found.isPlaceholderData, found.isFetching, added, q]);
}

/**
 * One plain form for one change at a time: choose the kind, then what it is about. Every choice among the
 * model's KPIs, processes and systems is a search the server answers (a large model has tens of thousands;
 * the page carries only the first ones and those the scenario names); `added`, the scenario's new KPIs, are
 * found like the model's own, so later changes can name them. A new KPI is named and keyed by the server,
 * which knows every KPI.
 */
export function ScenarioEditForm({
  org,
  choices,
  added,
  edits,
  startKpi,
  onAdd,
}: {
  org: string;
  choices: ScenarioChoices;
  /** The KPIs the scenario adds so far. */
  added: readonly Named[];
  /** The scenario's changes so far (a new KPI's name and key must differ from those they add). */
  edits: readonly ScenarioEdit[];
  startKpi?: string;
  /** With the names of what the change names (the editor lists the change in words). */
  onAdd: (edit: ScenarioEdit, said: SaidNames) => void;
}) {
  const id = useId();
  const firstKpi = startKpi ?? choices.first.kpis.choices[0]?.key ?? "";
  // Started from a KPI, its name is the search, so it is among the matches and picked.
  const startName = (startKpi && choices.kpis.find((k) => k.key === startKpi)?.name) || "";
  const [kind, setKind] = useState<Kind>("dropPayLink");
  const [kpi, setKpi] = useState(firstKpi);
  const [kpiSearch, setKpiSearch] = useState(startName);
  const [other, setOther] = useState("");
  const [otherSearch, setOtherSearch] = useState("");
  const [source, setSource] = useState(firstKpi ? `kpi:${firstKpi}` : "");
  const [sourceSearch, setSourceSearch] = useState(startName);
  const [behaviour, setBehaviour] = useState("");
  const [search, setSearch] = useState("");
  const query = useDeferredValue(search.trim());
  const [effect, setEffect] = useState<"supports" | "obstructs">("supports");
  const [strength, setStrength] = useState(2);
  const [linkEffect, setLinkEffect] = useState<"reinforces" | "trades-off">("reinforces");
  // A new KPI belongs at first to the first department listed; the member finds another by words.
  const [newKpi, setNewKpi] = useState(() => blankKpi(choices.first.departments.choices[0]?.key ?? ""));
  const [counterNames, setCounterNames] = useState<ReadonlyMap<string, string>>(() => new Map());
  const [counterSearch, setCounterSearch] = useState("");
  const [roleSearch, setRoleSearch] = useState("");
  const [departmentSearch, setDepartmentSearch] = useState("");
  const [nameProblem, setNameProblem] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [making, setMaking] = useState(false);
  const nameField = useRef<HTMLInputElement>(null);
  const changeNewKpi = (change: Partial<NewKpiDraft>) => setNewKpi((draft) => ({ ...draft, ...change }));

  const influence = kind === "setInfluence" || kind === "removeInfluence";
  const pair = kind === "addCounter" || kind === "removeCounter" || kind === "setKpiLink" || kind === "removeKpiLink";
  // What the editor knows already, shown while the server looks.
  const knownKpis = useMemo(
    () =>
      [...new Map([...choices.first.kpis.choices, ...choices.kpis, ...added].map((k) => [k.key, k])).values()].sort(
        byName,
      ),
    [choices, added],
  );
  const knownSources = useMemo(
    () => [
      ...new Map(
        [
          ...choices.first.sources.choices,
          ...knownKpis.map(asSource),
          ...choices.processes.map((p) => ({ key: `process:${p.key}`, name: `Process: ${p.name}` })),
          ...choices.systems.map((s) => ({ key: `system:${s.key}`, name: `System: ${s.name}` })),
        ].map((s) => [s.key, s]),
      ).values(),
    ],
    [choices, knownKpis],
  );
  const addedSources = useMemo(() => added.map(asSource), [added]);

  const kpisFound = useChoices(
    org,
    "kpi",
    kpiSearch,
    choices.first.kpis,
    knownKpis,
    added,
    !influence && kind !== "addKpi",
  );
  const pickedKpi = kpisFound.shown.some((k) => k.key === kpi) ? kpi : (kpisFound.shown[0]?.key ?? "");
  // The second KPI is never the first: when they meet, the first other KPI found is taken.
  const othersAll = useChoices(org, "kpi", otherSearch, choices.first.kpis, knownKpis, added, pair);
  const othersFound = useMemo(
    () => ({ ...othersAll, shown: othersAll.shown.filter((k) => k.key !== pickedKpi) }),
    [othersAll, pickedKpi],
  );
  const counterpart = othersFound.shown.some((k) => k.key === other) ? other : (othersFound.shown[0]?.key ?? "");
  const sourcesFound = useChoices(
    org,
    "source",
    sourceSearch,
    choices.first.sources,
    knownSources,
    addedSources,
    influence,
  );
  const pickedSource = sourcesFound.shown.some((s) => s.key === source) ? source : (sourcesFound.shown[0]?.key ?? "");
  const countersFound = useChoices(org, "kpi", counterSearch, choices.first.kpis, knownKpis, added, kind === "addKpi");
  const counters: Searched = { search: counterSearch, onSearch: setCounterSearch, ...countersFound };
  const rolesFound = useChoices(
    org,
    "role",
    roleSearch,
    choices.first.roles,
    choices.first.roles.choices,
    [],
    kind === "addKpi",
  );
  const roles: Searched = { search: roleSearch, onSearch: setRoleSearch, ...rolesFound };
  const knownDepartments = useMemo(
    () =>
      [...new Map([...choices.first.departments.choices, ...choices.departments].map((d) => [d.key, d])).values()].sort(
        byName,
      ),
    [choices],
  );
  const departmentsFound = useChoices(
    org,
    "department",
    departmentSearch,
    choices.first.departments,
    knownDepartments,
    [],
    kind === "addKpi",
  );
  // The department picked while the search shows it; otherwise the first one found.
  const pickedDepartment = departmentsFound.shown.some((d) => d.key === newKpi.department)
    ? newKpi.department
    : (departmentsFound.shown[0]?.key ?? "");
  const departments: Searched = { search: departmentSearch, onSearch: setDepartmentSearch, ...departmentsFound };

  // Behaviours are searched, not all sent: a large model has tens of thousands.
  const found = useQuery({
    queryKey: ["scenario-behaviours", org, query],
    queryFn: () => api.get(`/api/orgs/${org}/scenarios/behaviours?q=${encodeURIComponent(query)}`, behavioursSchema),
    enabled: influence,
    placeholderData: keepPreviousData,
  });
  const offered = found.data?.behaviours ?? [];
  const picked = offered.some((b) => b.key === behaviour) ? behaviour : (offered[0]?.key ?? "");

  const edit = (): ScenarioEdit => {
    switch (kind) {
      case "addKpi":
        throw new Error("a new KPI is made by the server");
      case "dropPayLink":
      case "addPayLink":
      case "removeKpi":
        return { edit: kind, kpi: pickedKpi };
      case "addCounter":
      case "removeCounter":
        return { edit: kind, kpi: pickedKpi, counter: counterpart };
      case "setInfluence":
        return { edit: kind, from: pickedSource, to: picked, effect, strength };
      case "removeInfluence":
        return { edit: kind, from: pickedSource, to: picked };
      case "setKpiLink":
        return { edit: kind, from: pickedKpi, to: counterpart, effect: linkEffect };
      case "removeKpiLink":
        return { edit: kind, from: pickedKpi, to: counterpart };
    }
  };
  /** The names of what the change names, from what the searches show. */
  const said = (): SaidNames => {
    const names = new Map<string, string>();
    const kpiNamed = (key: string, among: readonly Named[]) => {
      const name = among.find((k) => k.key === key)?.name;
      if (name) names.set(`kpi:${key}`, name);
    };
    if (influence) {
      const from = sourcesFound.shown.find((s) => s.key === pickedSource);
      if (from) names.set(from.key, sourceName(from));
      const to = offered.find((b) => b.key === picked);
      if (to) names.set(`behaviour:${to.key}`, to.name);
    } else {
      kpiNamed(pickedKpi, kpisFound.shown);
      if (pair) kpiNamed(counterpart, othersFound.shown);
    }
    return names;
  };
  const makeNewKpi = async () => {
    setMaking(true);
    try {
      const kpi = { ...newKpi, department: pickedDepartment };
      const made = await api.post(`/api/orgs/${org}/scenarios/new-kpi`, { kpi, edits }, newKpiSchema);
      const names = new Map<string, string>();
      for (const counter of made.edit.kpi.counters ?? []) {
        const name = counterNames.get(counter);
        if (name) names.set(`kpi:${counter}`, name);
      }
      onAdd(made.edit, names);
      setNewKpi(blankKpi(pickedDepartment));
      setNameProblem(null);
      setProblem(null);
    } catch (error) {
      // A name another KPI has (409), or one that will not do: said on the name field, which takes the focus.
      const refused = asApiError(error);
      if (refused.field === "name" || refused.field === "kpi.name") {
        setNameProblem(refused.message);
        nameField.current?.focus();
      } else setProblem(refused.message);
    } finally {
      setMaking(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (kind === "addKpi") {
      // No department found to pick: the search's announcement has said so.
      if (!making && pickedDepartment) void makeNewKpi();
      return;
    }
    // Nothing found to pick: the search's announcement has said so.
    if (influence ? !picked || !pickedSource : !pickedKpi || (pair && !counterpart)) return;
    onAdd(edit(), said());
  };
  const counter = kind === "addCounter" || kind === "removeCounter";
  const otherLabel = counter ? "Counter (catches what the KPI can damage)" : "Linked KPI";
  const otherSearchLabel = counter ? "Find the counter" : "Find the linked KPI";

  return (
    <form className="inline-form scenario-edit-form" onSubmit={submit} aria-label="Add a change">
      <div className="field">
        <label htmlFor={`${id}-kind`}>Change</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          {Object.entries(KINDS)
            .filter(([value]) => value !== "addKpi" || choices.first.departments.choices.length > 0)
            .map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
        </select>
      </div>
      {!influence && kind !== "addKpi" && (
        <SearchSelect
          searchLabel="Find a KPI"
          placeholder="Words of its name"
          search={kpiSearch}
          onSearch={setKpiSearch}
          label="KPI"
          options={kpisFound.shown}
          value={pickedKpi}
          onChange={setKpi}
          looking={kpisFound.looking}
          more={kpisFound.more}
          noun={["KPI", "KPIs"]}
          noMatch="No KPI matches"
          required
        />
      )}
      {pair && (
        <SearchSelect
          searchLabel={otherSearchLabel}
          placeholder="Words of its name"
          search={otherSearch}
          onSearch={setOtherSearch}
          label={otherLabel}
          options={othersFound.shown}
          value={counterpart}
          onChange={setOther}
          looking={othersFound.looking}
          more={othersFound.more}
          noun={["KPI", "KPIs"]}
          noMatch="No other KPI matches"
          required
        />
      )}
      {kind === "setKpiLink" && (
        <div className="field">
          <label htmlFor={`${id}-link`}>Pushing the KPI up</label>
          <select
            id={`${id}-link`}
            value={linkEffect}
            onChange={(e) => setLinkEffect(e.target.value as typeof linkEffect)}
          >
            <option value="reinforces">helps the linked KPI</option>
            <option value="trades-off">costs the linked KPI</option>
          </select>
        </div>
      )}
      {influence && (
        <>
          <SearchSelect
            searchLabel="Find what influences"
            placeholder="Words of a KPI, process or system"
            search={sourceSearch}
            onSearch={setSourceSearch}
            label="What influences"
            options={sourcesFound.shown}
            value={pickedSource}
            onChange={setSource}
            looking={sourcesFound.looking}
            more={sourcesFound.more}
            noun={["match", "matches"]}
            noMatch="Nothing matches"
            required
          />
          <SearchSelect
            searchLabel="Find a behaviour"
            placeholder="Words of what people do"
            search={search}
            onSearch={setSearch}
            label="Behaviour"
            options={offered}
            value={picked}
            onChange={setBehaviour}
            looking={found.isFetching}
            noun={["behaviour", "behaviours"]}
            noMatch="No behaviour matches"
            required
          />
        </>
      )}
      {kind === "setInfluence" && (
        <>
          <div className="field">
            <label htmlFor={`${id}-effect`}>Effect</label>
            <select id={`${id}-effect`} value={effect} onChange={(e) => setEffect(e.target.value as typeof effect)}>
              <option value="supports">Supports it</option>
              <option value="obstructs">Obstructs it</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-strength`}>Strength</label>
            <select id={`${id}-strength`} value={strength} onChange={(e) => setStrength(Number(e.target.value))}>
              <option value={1}>Weak</option>
              <option value={2}>Moderate</option>
              <option value={3}>Strong</option>
            </select>
          </div>
        </>
      )}
      {kind === "addKpi" && (
        <NewKpiFields
          id={id}
          draft={newKpi}
          change={(change) => {
            if (change.name !== undefined) setNameProblem(null);
            setProblem(null);
            changeNewKpi(change);
          }}
          departments={departments}
          department={pickedDepartment}
          roles={roles}
          counters={counters}
          onCounters={(picked, names) => {
            setCounterNames(names);
            changeNewKpi({ counters: picked });
          }}
          nameProblem={nameProblem}
          nameField={nameField}
        />
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="button secondary" aria-disabled={making || undefined}>
        Add this change
      </button>
    </form>
  );
}

/** What a new KPI needs: its name, where it belongs, whether it counts towards pay, what and whom it measures. */
function NewKpiFields({
  id,
  draft,
  change,
  departments,
  department,
  roles,
  counters,
  onCounters,
  nameProblem,
  nameField,
}: {
  id: string;
  draft: NewKpiDraft;
  change: (change: Partial<NewKpiDraft>) => void;
  /** The departments it may belong to, found by the server; `department` is the one picked. */
  departments: Searched;
  department: string;
  /** The roles it may measure, found by the server. */
  roles: Searched;
  /** The counters are found by the server among every KPI (and the scenario's new ones). */
  counters: Searched;
  onCounters: (picked: string[], names: ReadonlyMap<string, string>) => void;
  nameProblem: string | null;
  nameField: RefObject<HTMLInputElement | null>;
}) {
  return (
    <div className="new-kpi-fields">
      <div className="inline-form">
        <div className="field">
          <label htmlFor={`${id}-new-name`}>Name of the new KPI</label>
          <input
            ref={nameField}
            type="text"
            id={`${id}-new-name`}
            value={draft.name}
            onChange={(e) => change({ name: e.target.value })}
            required
            maxLength={200}
            aria-invalid={nameProblem ? true : undefined}
            aria-describedby={nameProblem ? `${id}-new-name-problem` : undefined}
          />
          {nameProblem && (
            <p id={`${id}-new-name-problem`} className="field-error" role="alert">
              {nameProblem}
            </p>
          )}
        </div>
        <SearchSelect
          searchLabel="Find a department"
          placeholder="Words of its name"
          search={departments.search}
          onSearch={departments.onSearch}
          label="Owning department"
          options={departments.shown}
          value={department}
          onChange={(value) => change({ department: value })}
          looking={departments.looking}
          more={departments.more}
          noun={["department", "departments"]}
          noMatch="No department matches"
          required
        />
        <div className="field">
          <label htmlFor={`${id}-new-definition`}>What it measures (optional)</label>
          <input
            type="text"
            id={`${id}-new-definition`}
            value={draft.definition}
            onChange={(e) => change({ definition: e.target.value })}
            maxLength={4000}
            placeholder="How hard customers say it was to get help"
          />
        </div>
      </div>
      <div className="inline-form">
        <KpiKindFields idPrefix={`${id}-new`} value={draft} onChange={change} />
        <label className="checkbox-inline">
          <input type="checkbox" checked={draft.payLinked} onChange={(e) => change({ payLinked: e.target.checked })} />{" "}
          Tied to pay or bonus
        </label>
      </div>
      <SearchPickMany
        legend="Roles it measures (optional)"
        searchLabel="Find a role"
        label="Role"
        searched={roles}
        picked={draft.measuredRoles}
        onPicked={(measuredRoles) => change({ measuredRoles })}
        noun={["role", "roles"]}
        noMatch="No role matches"
        add="Add this role"
      />
      <SearchPickMany
        legend="Counters: KPIs that catch what it can damage (optional)"
        searchLabel="Find a KPI"
        label="Counter"
        searched={counters}
        picked={draft.counters}
        onPicked={onCounters}
        noun={["KPI", "KPIs"]}
        noMatch="No KPI matches"
        add="Add this counter"
      />
    </div>
  );
}
