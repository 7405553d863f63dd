"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type FormEvent, useDeferredValue, useId, useState } from "react";
import { z } from "zod";
import { NameOptions } from "@/components/ui/name-options";
import { api } from "@/lib/client/api";
import type { ScenarioEdit } from "@/lib/scenarios/rules/scenario-schema";
import type { ScenarioChoices } from "@/lib/scenarios/get-scenario-choices";

/** The kinds of change the form offers, in the product's words. */
const KINDS = {
  dropPayLink: "Take a KPI out of pay",
  addPayLink: "Tie a KPI to pay",
  addCounter: "Add a counter to a KPI",
  removeCounter: "Remove a counter from a KPI",
  removeKpi: "Stop measuring a KPI",
  setInfluence: "Set how something influences a behaviour",
  removeInfluence: "Remove an influence on a behaviour",
  setKpiLink: "Link two KPIs",
  removeKpiLink: "Remove a link between two KPIs",
} as const;
type Kind = keyof typeof KINDS;

const behavioursSchema = z.object({ behaviours: z.array(z.object({ key: z.string(), name: z.string() })) });

/** One plain form for one change at a time: choose the kind, then what it is about. */
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
  const [kind, setKind] = useState<Kind>("dropPayLink");
  const [kpi, setKpi] = useState(firstKpi);
  const [other, setOther] = useState(choices.kpis.find((k) => k.key !== firstKpi)?.key ?? "");
  const [source, setSource] = useState(firstKpi ? `kpi:${firstKpi}` : "");
  const [behaviour, setBehaviour] = useState("");
  const [search, setSearch] = useState("");
  const query = useDeferredValue(search.trim());
  const [effect, setEffect] = useState<"supports" | "obstructs">("supports");
  const [strength, setStrength] = useState(2);
  const [linkEffect, setLinkEffect] = useState<"reinforces" | "trades-off">("reinforces");

  // The second KPI is never the first: when they meet, the first other KPI is taken.
  const others = choices.kpis.filter((k) => k.key !== kpi);
  const counterpart = others.some((k) => k.key === other) ? other : (others[0]?.key ?? "");

  const edit = (): ScenarioEdit => {
    switch (kind) {
      case "dropPayLink":
      case "addPayLink":
      case "removeKpi":
        return { edit: kind, kpi };
      case "addCounter":
      case "removeCounter":
        return { edit: kind, kpi, counter: counterpart };
      case "setInfluence":
        return { edit: kind, from: source, to: picked, effect, strength };
      case "removeInfluence":
        return { edit: kind, from: source, to: picked };
      case "setKpiLink":
        return { edit: kind, from: kpi, to: counterpart, effect: linkEffect };
      case "removeKpiLink":
        return { edit: kind, from: kpi, to: counterpart };
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (influence && !picked) return;
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
  const otherLabel =
    kind === "addCounter" || kind === "removeCounter" ? "Counter (catches what the KPI can damage)" : "Linked KPI";

  return (
    <form className="inline-form scenario-edit-form" onSubmit={submit} aria-label="Add a change">
      <div className="field">
        <label htmlFor={`${id}-kind`}>Change</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          {Object.entries(KINDS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {!influence && (
        <div className="field">
          <label htmlFor={`${id}-kpi`}>KPI</label>
          <select id={`${id}-kpi`} value={kpi} onChange={(e) => setKpi(e.target.value)} required>
            <NameOptions items={choices.kpis} />
          </select>
        </div>
      )}
      {pair && (
        <div className="field">
          <label htmlFor={`${id}-other`}>{otherLabel}</label>
          <select id={`${id}-other`} value={counterpart} onChange={(e) => setOther(e.target.value)} required>
            <NameOptions items={others} />
          </select>
        </div>
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
          <div className="field">
            <label htmlFor={`${id}-source`}>What influences</label>
            <select id={`${id}-source`} value={source} onChange={(e) => setSource(e.target.value)} required>
              <optgroup label="KPIs">
                {choices.kpis.map((k) => (
                  <option key={k.key} value={`kpi:${k.key}`}>
                    {k.name}
                  </option>
                ))}
              </optgroup>
              {choices.processes.length > 0 && (
                <optgroup label="Processes">
                  {choices.processes.map((p) => (
                    <option key={p.key} value={`process:${p.key}`}>
                      {p.name}
                    </option>
                  ))}
                </optgroup>
              )}
              {choices.systems.length > 0 && (
                <optgroup label="Systems">
                  {choices.systems.map((s) => (
                    <option key={s.key} value={`system:${s.key}`}>
                      {s.name}
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-search`}>Find a behaviour</label>
            <input
              type="text"
              id={`${id}-search`}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              placeholder="Words of what people do"
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-behaviour`}>Behaviour</label>
            <select id={`${id}-behaviour`} value={picked} onChange={(e) => setBehaviour(e.target.value)} required>
              {offered.length === 0 && (
                <option value="">{found.isFetching ? "Looking…" : "No behaviour matches"}</option>
              )}
              <NameOptions items={offered} />
            </select>
          </div>
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
      <button type="submit" className="button secondary">
        Add this change
      </button>
    </form>
  );
}
