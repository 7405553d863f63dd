/**
 * The language check of the Personal dimension (DESIGN §4.3): marks words that hide the customer —
 * jargon and acronyms for customers, the organisation's euphemisms, and platitudes with no observable
 * action — each with why and a plainer form. Pure: runs in the browser while people type.
 */
import {
  DEFAULT_EUPHEMISMS,
  JARGON_RULES,
  type LanguageRule,
  type LexiconEntry,
  PLATITUDE_RULES,
} from "./language-rules";

export type LanguageHitKind = "jargon" | "euphemism" | "platitude";

export type LanguageHit = {
  kind: LanguageHitKind;
  /** The words as written. */
  words: string;
  start: number;
  end: number;
  why: string;
  suggestion: string;
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A lexicon entry as a rule: whole words, any case, any run of spaces between its words. */
function euphemismRule(entry: LexiconEntry): LanguageRule | null {
  const words = entry.term.trim().split(/\s+/).filter(Boolean).map(escapeRegExp);
  if (words.length === 0) return null;
  return {
    pattern: new RegExp(`(?<![\\w-])${words.join("\\s+")}(?![\\w-])`, "gi"),
    why:
      entry.why ??
      `“${entry.term.trim()}” is on this organisation's list of words that put distance between us and the customer.`,
    suggestion: entry.plainer,
  };
}

function collect(text: string, kind: LanguageHitKind, rules: readonly LanguageRule[], into: LanguageHit[]) {
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    for (const match of text.matchAll(rule.pattern)) {
      const suggestion = typeof rule.suggestion === "string" ? rule.suggestion : rule.suggestion(match[0]);
      into.push({
        kind,
        words: match[0],
        start: match.index,
        end: match.index + match[0].length,
        why: rule.why,
        suggestion,
      });
    }
  }
}

export function checkLanguage(text: string, lexicon: readonly LexiconEntry[] = DEFAULT_EUPHEMISMS): LanguageHit[] {
  const hits: LanguageHit[] = [];
  collect(text, "jargon", JARGON_RULES, hits);
  collect(
    text,
    "euphemism",
    lexicon.map(euphemismRule).filter((rule): rule is LanguageRule => rule !== null),
    hits,
  );
  collect(text, "platitude", PLATITUDE_RULES, hits);
  // One hit per stretch of text: where two overlap, the longer wins (then the earlier kind above).
  hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: LanguageHit[] = [];
  for (const hit of hits) {
    const last = kept[kept.length - 1];
    if (last && hit.start < last.end) continue;
    kept.push(hit);
  }
  return kept;
}

/** Share (0–1) of texts with no hit; null for no texts. Feeds the Personal picture. */
export function cleanShare(texts: readonly string[], lexicon?: readonly LexiconEntry[]): number | null {
  if (texts.length === 0) return null;
  return texts.filter((text) => checkLanguage(text, lexicon).length === 0).length / texts.length;
}
