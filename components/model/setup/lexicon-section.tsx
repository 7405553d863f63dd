"use client";

import { useState } from "react";
import { IndustrySelect } from "@/components/orgs/industry-select";
import { wordsNotIn } from "@/lib/language/rules/industry-lexicons";
import { type Industry, templateName } from "@/lib/setup/rules/industries";
import { count, listInWords } from "@/lib/text/plural";
import { type ModelEditAction, submit } from "./form-parts";
import { useSetupIndustry } from "./industry-context";
import type { SetupLexiconTerm } from "./setup-types";

/** The organisation's euphemisms for its customers, which the language check marks in behaviour definitions. */
export function LexiconSection({ lexicon, edit }: { lexicon: SetupLexiconTerm[]; edit: ModelEditAction }) {
  return (
    <section className="card" aria-labelledby="lexicon-heading">
      <h2 id="lexicon-heading">Language lexicon</h2>
      <p className="muted">
        Euphemisms this organisation uses for its customers. The language check marks them in behaviour definitions. The
        list starts from the words of the organisation&apos;s industry ({templateName(useSetupIndustry())}).
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
      <AnotherIndustrysWords lexicon={lexicon} edit={edit} />
    </section>
  );
}

/** Loads another industry's words into the lexicon, saying which ones it adds before it does. */
function AnotherIndustrysWords({ lexicon, edit }: { lexicon: SetupLexiconTerm[]; edit: ModelEditAction }) {
  const [industry, setIndustry] = useState<Industry | null>(null);
  const missing = industry ? wordsNotIn(lexicon, industry).map((w) => `“${w.term}”`) : [];
  return (
    <div className="inline-form" style={{ marginTop: "1.25rem" }}>
      <div className="field">
        <label htmlFor="lexicon-industry">Words of another industry</label>
        <IndustrySelect
          id="lexicon-industry"
          value={industry}
          onChange={setIndustry}
          describedBy="lexicon-industry-words"
          placeholder="Choose an industry"
          leaveOut={useSetupIndustry()}
        />
        <span className="hint" id="lexicon-industry-words">
          {industry === null
            ? "For an organisation that works in more than one."
            : missing.length
              ? `Adds ${count(missing.length, "word")}: ${listInWords(missing)}.`
              : "Every one of its words is already in the lexicon."}
        </span>
      </div>
      <button
        className="button secondary"
        type="button"
        disabled={industry === null || missing.length === 0 || edit.pending}
        onClick={() => industry && edit.run({ op: "addLexiconWords", industry })}
      >
        Add these words
      </button>
    </div>
  );
}
