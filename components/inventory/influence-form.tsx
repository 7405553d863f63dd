"use client";

import { useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";

type Props = { org: string; source: string; sourceName: string; behaviours: { key: string; label: string }[] };

/** “What does this KPI push people to do?” — map one influence from the KPI's side. */
export function InfluenceForm({ org, source, sourceName, behaviours }: Props) {
  const [behaviour, setBehaviour] = useState(behaviours[0]?.key ?? "");
  const [effect, setEffect] = useState<"supports" | "obstructs" | "none">("obstructs");
  const [strength, setStrength] = useState(2);
  const [why, setWhy] = useState("");
  const save = useApiForm({
    send: () => api.post(`/api/orgs/${org}/influences`, { source, behaviour, effect, strength, why }),
    onSuccess: () => setWhy(""),
    refresh: true,
  });
  return (
    <form onSubmit={save.onSubmit} aria-labelledby="influence-heading">
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
      <fieldset className="field">
        <legend>Effect</legend>
        <div className="row-actions">
          {(["supports", "obstructs", "none"] as const).map((value) => (
            <label key={value} className="checkbox-inline">
              <input
                type="radio"
                name="effect"
                value={value}
                checked={effect === value}
                onChange={() => setEffect(value)}
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
