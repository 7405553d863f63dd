"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type FormEvent, type RefObject, useDeferredValue, useId, useMemo, useRef, useState } from "react";
import { z } from "zod";
import { KpiKindFields } from "@/components/inventory/kpi-kind-fields";
import { NameOptions } from "@/components/ui/name-options";
import { matching, SearchPickMany } from "@/components/ui/search-pick-many";
import { SearchSelect } from "@/components/ui/search-select";
import { api } from "@/lib/client/api";
import { newKpiEdit, type NewKpiDraft } from "@/lib/scenarios/rules/new-kpi";
import type { ScenarioEdit } from "@/lib/scenarios/rules/scenario-schema";
import type { ScenarioChoices } from "@/lib/scenarios/get-scenario-choices";

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

/** What influences a behaviour, one list: the KPIs, processes and systems, each named with its kind. */
const sourcesOf = (choices: ScenarioChoices) =>
  [
    ...choices.kpis.map((k) => ({ key: `kpi:${k.key}`, name: `KPI: ${k.name}`, by: k.name })),
    ...choices.processes.map((p) => ({ key: `process:${p.key}`, name: `Process: ${p.name}`, by: p.name })),
    ...choices.systems.map((s) => ({ key: `system:${s.key}`, name: `System: ${s.name}`, by: s.name })),
  ]
    .sort((a, b) => a.by.localeCompare(b.by) || a.name.localeCompare(b.name))
    .map(({ key, name }) => ({ key, name }));

/**
 * One plain form for one change at a time: choose the kind, then what it is about. `choices.kpis` has the
 * scenario's new KPIs too, so later changes can name them. Every choice among the model's KPIs, processes
 * and systems is a search (a large model has tens of thousands): the matches are filtered from the lists
 * the page has, the first fifty shown.
 */
export function ScenarioEditForm({
  org,
  choices,
  startKpi,
  onAdd,
}: {
  org: string;
  choices: ScenarioChoices;
  startKpi?: string;
  /** With the behaviour's words when the change names one (the editor lists the change in words). */
  onAdd: (edit: ScenarioEdit, behaviourName?: string) => void;
}) {
  const id = useId();
  const firstKpi = startKpi ?? choices.kpis[0]?.key ?? "";
  // Started from a KPI, its name is the search, so it is among the matches and picked.
  const startName = (startKpi && choices.kpis.find((k) => k.key === startKpi)?.name) || "";
  const [kind, setKind] = useState<Kind>("dropPayLink");
  const [kpi, setKpi] = useState(firstKpi);
  const [kpiSearch, setKpiSearch] = useState(startName);
  const [other, setOther] = useState(choices.kpis.find((k) => k.key !== firstKpi)?.key ?? "");
  const [otherSearch, setOtherSearch] = useState("");
  const [source, setSource] = useState(firstKpi ? `kpi:${firstKpi}` : "");
  const [sourceSearch, setSourceSearch] = useState(startName);
  const [behaviour, setBehaviour] = useState("");
  const [search, setSearch] = useState("");
  const query = useDeferredValue(search.trim());
  const [effect, setEffect] = useState<"supports" | "obstructs">("supports");
  const [strength, setStrength] = useState(2);
  const [linkEffect, setLinkEffect] = useState<"reinforces" | "trades-off">("reinforces");
  const [newKpi, setNewKpi] = useState(() => blankKpi(choices.departments[0]?.key ?? ""));
  const [nameProblem, setNameProblem] = useState<string | null>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const changeNewKpi = (change: Partial<NewKpiDraft>) => setNewKpi((draft) => ({ ...draft, ...change }));

  const kpisFound = useMemo(() => matching(choices.kpis, kpiSearch), [choices.kpis, kpiSearch]);
  const pickedKpi = kpisFound.shown.some((k) => k.key === kpi) ? kpi : (kpisFound.shown[0]?.key ?? "");
  // The second KPI is never the first: when they meet, the first other KPI found is taken.
  const othersFound = useMemo(
    () =>
      matching(
        choices.kpis.filter((k) => k.key !== pickedKpi),
        otherSearch,
      ),
    [choices.kpis, pickedKpi, otherSearch],
  );
  const counterpart = othersFound.shown.some((k) => k.key === other) ? other : (othersFound.shown[0]?.key ?? "");
  const sources = useMemo(() => sourcesOf(choices), [choices]);
  const sourcesFound = useMemo(() => matching(sources, sourceSearch), [sources, sourceSearch]);
  const pickedSource = sourcesFound.shown.some((s) => s.key === source) ? source : (sourcesFound.shown[0]?.key ?? "");

  const edit = (): ScenarioEdit => {
    switch (kind) {
      case "addKpi":
        throw new Error("a new KPI is made by newKpiEdit");
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
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (kind === "addKpi") {
      const made = newKpiEdit(newKpi, choices.kpis);
      if (!made.ok) {
        setNameProblem(made.message);
        nameField.current?.focus();
        return;
      }
      onAdd(made.edit);
      setNewKpi(blankKpi(newKpi.department));
      setNameProblem(null);
      return;
    }
    // Nothing found to pick: the search's announcement has said so.
    if (influence ? !picked || !pickedSource : !pickedKpi || (pair && !counterpart)) return;
    onAdd(edit(), influence ? offered.find((b) => b.key === picked)?.name : undefined);
  };
  const influence = kind === "setInfluence" || kind === "removeInfluence";
  // Behaviours are searched, not all sent: a large model has tens of thousands.
  const found = useQuery({
    queryKey: ["scenario-behaviours", org, query],
    queryFn: () => api.get(`/api/orgs/${org}/scenarios/behaviours?q=${encodeURIComponent(query)}`, behavioursSchema),
    enabled: influence,
    placeholderData: keepPreviousData,
  });
  const offered = found.data?.behaviours ?? [];
  const picked = offered.some((b) => b.key === behaviour) ? behaviour : (offered[0]?.key ?? "");
  const pair = kind === "addCounter" || kind === "removeCounter" || kind === "setKpiLink" || kind === "removeKpiLink";
  const counter = kind === "addCounter" || kind === "removeCounter";
  const otherLabel = counter ? "Counter (catches what the KPI can damage)" : "Linked KPI";
  const otherSearchLabel = counter ? "Find the counter" : "Find the linked KPI";

  return (
    <form className="inline-form scenario-edit-form" onSubmit={submit} aria-label="Add a change">
      <div className="field">
        <label htmlFor={`${id}-kind`}>Change</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          {Object.entries(KINDS)
            .filter(([value]) => value !== "addKpi" || choices.departments.length > 0)
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
            changeNewKpi(change);
          }}
          choices={choices}
          nameProblem={nameProblem}
          nameField={nameField}
        />
      )}
      <button type="submit" className="button secondary">
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
  choices,
  nameProblem,
  nameField,
}: {
  id: string;
  draft: NewKpiDraft;
  change: (change: Partial<NewKpiDraft>) => void;
  choices: ScenarioChoices;
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
        <div className="field">
          <label htmlFor={`${id}-new-department`}>Owning department</label>
          <select
            id={`${id}-new-department`}
            value={draft.department}
            onChange={(e) => change({ department: e.target.value })}
            required
          >
            <NameOptions items={choices.departments} />
          </select>
        </div>
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
        items={choices.roles}
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
        items={choices.kpis}
        picked={draft.counters}
        onPicked={(counters) => change({ counters })}
        noun={["KPI", "KPIs"]}
        noMatch="No KPI matches"
        add="Add this counter"
      />
    </div>
  );
}
