"use client";

import { useRef, useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";

type Props = { org: string; source: string; sourceName: string; behaviours: { key: string; label: string }[] };

/** “What does this KPI push people to do?” — map one influence from the KPI's side. */
export function InfluenceForm({ org, source, sourceName, behaviours }: Props) {
  const [behaviour, setBehaviour] = useState(behaviours[0]?.key ?? "");
  // No effect is preselected: what a KPI does to a behaviour is the user's judgement, never a default.
  const [effect, setEffect] = useState<"supports" | "obstructs" | "none" | null>(null);
  const [effectMissing, setEffectMissing] = useState(false);
  const firstEffect = useRef<HTMLInputElement>(null);
  const [strength, setStrength] = useState(2);
  const [why, setWhy] = useState("");
  const save = useApiForm({
    send: () => api.post(`/api/orgs/${org}/influences`, { source, behaviour, effect, strength, why }),
    onSuccess: () => {
      setWhy("");
      setEffect(null);
    },
    refresh: true,
  });
  return (
    <form
      onSubmit={(event) => {
        if (effect === null) {
          event.preventDefault();
          setEffectMissing(true);
          firstEffect.current?.focus();
          return;
        }
        save.onSubmit(event);
      }}
      aria-labelledby="influence-heading"
    >
      <h2 id="influence-heading">What does {sourceName} push people to do?</h2>
      <FormError message={save.error?.message} />
      {save.succeeded && (
        <div className="alert success" role="status">
          Influence saved. The findings are recomputed.
        </div>
      )}
      <div className="field">
        <label htmlFor="influence-behaviour">Behaviour</label>
        <select id="influence-behaviour" value={behaviour} onChange={(e) => setBehaviour(e.target.value)}>
          {behaviours.map((b) => (
            <option key={b.key} value={b.key}>
              {b.label}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field" aria-describedby={effectMissing ? "influence-effect-error" : undefined}>
        <legend>Effect</legend>
        {effectMissing && (
          <p id="influence-effect-error" className="field-error" role="alert">
            Choose whether {sourceName} supports the behaviour, obstructs it or does not touch it.
          </p>
        )}
        <div className="row-actions">
          {(["supports", "obstructs", "none"] as const).map((value, i) => (
            <label key={value} className="checkbox-inline">
              <input
                ref={i === 0 ? firstEffect : undefined}
                type="radio"
                name="effect"
                value={value}
                checked={effect === value}
                onChange={() => {
                  setEffect(value);
                  setEffectMissing(false);
                }}
              />{" "}
              {value === "none" ? "Does not touch it" : value === "supports" ? "Supports it" : "Obstructs it"}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="influence-strength">Strength</label>
          <select id="influence-strength" value={strength} onChange={(e) => setStrength(Number(e.target.value))}>
            <option value={1}>1 — a little</option>
            <option value={2}>2 — clearly</option>
            <option value={3}>3 — strongly</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="influence-why">Why, in words</label>
          <input id="influence-why" type="text" value={why} onChange={(e) => setWhy(e.target.value)} />
        </div>
      </div>
      <button className="button" type="submit" disabled={save.pending || !behaviour}>
        Save influence
      </button>
    </form>
  );
}
