"use client";

import { useId, useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { NameOptions } from "@/components/ui/name-options";
import { api } from "@/lib/client/api";
import { useApiAction, useApiForm } from "@/lib/client/use-api-form";

type Named = { key: string; name: string };
type Linked = Named & { effect: "reinforces" | "trades-off"; removable: boolean };

const EFFECT_WORDS = { reinforces: "reinforces", "trades-off": "trades off" } as const;

/**
 * A KPI's counters (the KPIs that catch the damage it can do) and its links to and from other KPIs, with forms
 * to add and remove them. Everything is shown by name; keys only travel to the server.
 */
export function KpiRelations({
  org,
  kpi,
  counters,
  counterOf,
  linksFrom,
  linksTo,
  others,
  editable,
}: {
  org: string;
  kpi: Named;
  /** KPIs that counter this one. */
  counters: Named[];
  /** KPIs this one counters. */
  counterOf: Named[];
  /** Links from this KPI to others. */
  linksFrom: Linked[];
  /** Links from others to this KPI (removable where the member may edit the other KPI). */
  linksTo: Linked[];
  /** The other KPIs of the organisation. */
  others: Named[];
  /** Whether the member may edit this KPI (its counters and its own links). */
  editable: boolean;
}) {
  const base = `/api/orgs/${org}/kpis`;
  const enc = encodeURIComponent;
  const removeCounter = useApiAction<string>({
    send: (counter) => api.delete(`${base}/${enc(kpi.key)}/counters/${enc(counter)}`),
    refresh: true,
  });
  const removeLink = useApiAction<{ from: string; to: string }>({
    send: ({ from, to }) => api.delete(`${base}/${enc(from)}/links/${enc(to)}`),
    refresh: true,
  });
  const counterChoices = others.filter((o) => !counters.some((c) => c.key === o.key));
  const linkChoices = others.filter((o) => !linksFrom.some((l) => l.key === o.key));

  return (
    <section className="card" aria-labelledby="kpi-relations">
      <h2 id="kpi-relations">Counters and links to other KPIs</h2>
      <FormError message={removeCounter.error?.message ?? removeLink.error?.message} />
      <h3>What catches the damage it can do</h3>
      {counters.length === 0 ? (
        <p className="muted">No counter yet: nothing measures what pushing this KPI can damage.</p>
      ) : (
        <ul className="relation-list">
          {counters.map((c) => (
            <li key={c.key}>
              <span>{c.name}</span>
              {editable && (
                <button
                  className="button secondary small"
                  type="button"
                  disabled={removeCounter.pending}
                  aria-label={`Remove ${c.name} as a counter`}
                  onClick={() => removeCounter.run(c.key)}
                >
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {counterOf.length > 0 && (
        <p className="muted">It is itself a counter of {counterOf.map((c) => c.name).join(", ")}.</p>
      )}
      {editable && counterChoices.length > 0 && <AddCounterForm base={base} kpi={kpi} choices={counterChoices} />}

      <h3>Links to other KPIs</h3>
      {linksFrom.length === 0 && linksTo.length === 0 ? (
        <p className="muted">Not linked to any other KPI.</p>
      ) : (
        <ul className="relation-list">
          {linksFrom.map((l) => (
            <li key={`from-${l.key}`}>
              <span>
                {kpi.name} <strong className={`link-${l.effect}`}>{EFFECT_WORDS[l.effect]}</strong> {l.name}
              </span>
              {l.removable && (
                <button
                  className="button secondary small"
                  type="button"
                  disabled={removeLink.pending}
                  aria-label={`Remove the link to ${l.name}`}
                  onClick={() => removeLink.run({ from: kpi.key, to: l.key })}
                >
                  Remove
                </button>
              )}
            </li>
          ))}
          {linksTo.map((l) => (
            <li key={`to-${l.key}`}>
              <span>
                {l.name} <strong className={`link-${l.effect}`}>{EFFECT_WORDS[l.effect]}</strong> {kpi.name}
              </span>
              {l.removable && (
                <button
                  className="button secondary small"
                  type="button"
                  disabled={removeLink.pending}
                  aria-label={`Remove the link from ${l.name}`}
                  onClick={() => removeLink.run({ from: l.key, to: kpi.key })}
                >
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && linkChoices.length > 0 && <AddLinkForm base={base} kpi={kpi} choices={linkChoices} />}
    </section>
  );
}

function AddCounterForm({ base, kpi, choices }: { base: string; kpi: Named; choices: Named[] }) {
  const id = useId();
  const [counter, setCounter] = useState(choices[0]!.key);
  const chosen = choices.some((c) => c.key === counter) ? counter : choices[0]!.key;
  const add = useApiForm({
    send: () => api.post(`${base}/${encodeURIComponent(kpi.key)}/counters`, { counter: chosen }),
    refresh: true,
  });
  return (
    <form className="inline-form" onSubmit={add.onSubmit}>
      <FormError message={add.error?.message} />
      <div className="field">
        <label htmlFor={`${id}-counter`}>Add a counter</label>
        <select
          id={`${id}-counter`}
          value={chosen}
          onChange={(e) => setCounter(e.target.value)}
          aria-invalid={add.invalid("counter")}
        >
          <NameOptions items={choices} />
        </select>
      </div>
      <button className="button small" type="submit" disabled={add.pending}>
        Add counter
      </button>
    </form>
  );
}

function AddLinkForm({ base, kpi, choices }: { base: string; kpi: Named; choices: Named[] }) {
  const id = useId();
  const [to, setTo] = useState(choices[0]!.key);
  const [effect, setEffect] = useState<"reinforces" | "trades-off">("trades-off");
  const chosen = choices.some((c) => c.key === to) ? to : choices[0]!.key;
  const add = useApiForm({
    send: () => api.post(`${base}/${encodeURIComponent(kpi.key)}/links`, { to: chosen, effect }),
    refresh: true,
  });
  return (
    <form className="inline-form" onSubmit={add.onSubmit}>
      <FormError message={add.error?.message} />
      <div className="field">
        <label htmlFor={`${id}-effect`}>Improving {kpi.name}</label>
        <select
          id={`${id}-effect`}
          value={effect}
          onChange={(e) => setEffect(e.target.value as "reinforces" | "trades-off")}
        >
          <option value="trades-off">trades off</option>
          <option value="reinforces">reinforces</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>Other KPI</label>
        <select id={`${id}-to`} value={chosen} onChange={(e) => setTo(e.target.value)} aria-invalid={add.invalid("to")}>
          <NameOptions items={choices} />
        </select>
      </div>
      <button className="button small" type="submit" disabled={add.pending}>
        Add link
      </button>
    </form>
  );
}
