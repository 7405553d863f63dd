"use client";

import { type ModelEditAction, submit } from "./form-parts";
import type { SetupLexiconTerm } from "./setup-types";

/** The organisation's euphemisms for its customers, which the language check marks in behaviour definitions. */
export function LexiconSection({ lexicon, edit }: { lexicon: SetupLexiconTerm[]; edit: ModelEditAction }) {
  return (
    <section className="card" aria-labelledby="lexicon-heading">
      <h2 id="lexicon-heading">Language lexicon</h2>
      <p className="muted">
        Euphemisms this organisation uses for its customers. The language check marks them in behaviour definitions.
      </p>
      <ul className="setup-list">
        {lexicon.map((t) => (
          <li key={t.term} className="row-actions" style={{ alignItems: "center" }}>
            <span>
              “{t.term}” → <em>{t.plainer}</em>
            </span>
            <button
              className="link-button"
              type="button"
              aria-label={`Remove ${t.term}`}
              onClick={() => edit.run({ op: "removeLexiconTerm", term: t.term })}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        onSubmit={submit(edit, (f) => ({
          op: "addLexiconTerm",
          term: String(f.get("term")),
          plainer: String(f.get("plainer")),
        }))}
      >
        <div className="field">
          <label htmlFor="new-term">Word or phrase</label>
          <input id="new-term" name="term" type="text" required />
        </div>
        <div className="field">
          <label htmlFor="new-plainer">Plainer form</label>
          <input id="new-plainer" name="plainer" type="text" required />
        </div>
        <button className="button" type="submit">
          Add to lexicon
        </button>
      </form>
    </section>
  );
}
