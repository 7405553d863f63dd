import { describe, expect, it } from "vitest";
import { INDUSTRIES, type Industry, STAGE_TEMPLATES } from "@/lib/setup/rules/industries";
import { checkLanguage } from "./check-language";
import { industryLexicon, industryOwnWords, wordsNotIn } from "./industry-lexicons";
import type { LexiconEntry } from "./language-rules";

/** Every text an industry's template puts in front of people: stage names, terms, plainer words, reasons. */
function templateTexts(industry: Industry): string[] {
  return [
    ...STAGE_TEMPLATES[industry],
    ...industryLexicon(industry).flatMap((e) => [e.term, e.plainer, ...(e.why ? [e.why] : [])]),
  ];
}

/** An industry's giveaways: its own words that no other industry's lexicon shares (telecom's "churn" is shared). */
function giveaways(industry: Industry): LexiconEntry[] {
  const elsewhere = new Set(
    INDUSTRIES.filter((other) => other !== industry).flatMap((other) =>
      industryLexicon(other).map((e) => e.term.toLowerCase()),
    ),
  );
  return industryOwnWords(industry).filter((e) => !elsewhere.has(e.term.toLowerCase()));
}

const normal = (words: string) => words.toLowerCase().split(/\s+/).join(" ");

describe("industry lexicons", () => {
  it.each(INDUSTRIES)("%s: every term is one the lexicon editor accepts and the check finds on its own", (industry) => {
    const lexicon = industryLexicon(industry);
    expect(lexicon.length).toBeGreaterThan(0);
    for (const entry of lexicon) {
      // The limits of addLexiconTerm, so a seeded entry can be removed and added back the same way.
      expect(entry.term.trim()).toBe(entry.term);
      expect(entry.term.length).toBeGreaterThanOrEqual(2);
      expect(entry.term.length).toBeLessThanOrEqual(100);
      expect(entry.plainer.length).toBeGreaterThanOrEqual(1);
      expect(entry.plainer.length).toBeLessThanOrEqual(200);
      expect((entry.why ?? "").length).toBeLessThanOrEqual(500);
      const hits = checkLanguage(`We looked at ${entry.term} today`, [entry]);
      expect(hits, entry.term).toMatchObject([{ kind: "euphemism", words: entry.term, suggestion: entry.plainer }]);
    }
    // Terms are unique per organisation (case aside, as the editor compares them).
    expect(new Set(lexicon.map((e) => e.term.toLowerCase())).size).toBe(lexicon.length);
  });

  it.each(INDUSTRIES)("%s: the plainer words and the stage names pass the industry's own check", (industry) => {
    const lexicon = industryLexicon(industry);
    for (const text of [...lexicon.map((e) => e.plainer), ...STAGE_TEMPLATES[industry]])
      expect(checkLanguage(text, lexicon), text).toEqual([]);
  });

  it.each(INDUSTRIES)("%s: holds no other industry's giveaway word anywhere", (industry) => {
    const own = industryLexicon(industry);
    const ownTerms = new Set(own.map((e) => normal(e.term)));
    for (const other of INDUSTRIES.filter((o) => o !== industry)) {
      const foreign = giveaways(other);
      const foreignTerms = new Set(foreign.map((e) => normal(e.term)));
      for (const text of templateTexts(industry)) {
        // Checked with the industry's own words too, so "end users" (its own) is not read as software's "users".
        const found = checkLanguage(text, [...own, ...foreign])
          .map((h) => normal(h.words))
          .filter((words) => foreignTerms.has(words) && !ownTerms.has(words));
        expect(found, `${other} word in ${industry}: ${text}`).toEqual([]);
      }
    }
  });

  it("gives each industry its own giveaways, and keeps claimant to insurance", () => {
    for (const industry of INDUSTRIES.filter((i) => i !== "general"))
      expect(giveaways(industry).length, industry).toBeGreaterThanOrEqual(3);
    expect(giveaways("insurance").map((e) => e.term)).toContain("claimant");
    expect(giveaways("telecom").map((e) => e.term)).toEqual(expect.arrayContaining(["subscriber", "ARPU"]));
    for (const industry of INDUSTRIES.filter((i) => i !== "insurance"))
      expect(templateTexts(industry).join(" ").toLowerCase(), industry).not.toContain("claimant");
  });
});

describe("wordsNotIn", () => {
  it("gives the industry's words a lexicon lacks, whatever their case there, in the template's order", () => {
    const held = [{ term: "CHURN " }, { term: "contacts" }, { term: "our own word" }];
    const missing = wordsNotIn(held, "software").map((e) => e.term);
    expect(missing).not.toContain("churn");
    expect(missing).not.toContain("contacts");
    expect(missing[0]).toBe("users");
    expect(missing.length).toBe(industryLexicon("software").length - 2);
    expect(wordsNotIn(industryLexicon("telecom"), "telecom")).toEqual([]);
  });
});
