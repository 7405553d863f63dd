"use client";

import { type ModelEditAction, submit } from "./form-parts";
import type { SetupObjective } from "./setup-types";

/** The business objectives behaviours cite. */
export function ObjectivesSection({ objectives, edit }: { objectives: SetupObjective[]; edit: ModelEditAction }) {
  return (
    <section className="card" aria-labelledby="objectives-heading">
      <h2 id="objectives-heading">Business objectives</h2>
      <ul>
        {objectives.map((o) => (
          <li key={o.key}>{o.name}</li>
        ))}
      </ul>
      <form
        className="inline-form"
        onSubmit={submit(edit, (f) => ({ op: "addObjective", name: String(f.get("name")) }))}
      >
        <div className="field">
          <label htmlFor="new-objective">New objective</label>
          <input id="new-objective" name="name" type="text" placeholder="e.g. Retain 5% more customers" required />
        </div>
        <button className="button" type="submit">
          Add objective
        </button>
      </form>
    </section>
  );
}
