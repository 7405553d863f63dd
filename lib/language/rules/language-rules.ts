/**
 * What the language check (DESIGN §4.3) looks for. Jargon and platitudes are built in; euphemisms are a
 * per-organisation lexicon that starts from its industry's (industry-lexicons.ts) and the consultant edits.
 */
import { industryLexicon } from "./industry-lexicons";

export type LanguageRule = { pattern: RegExp; why: string; suggestion: string | ((words: string) => string) };
export type LexiconEntry = { term: string; plainer: string; why?: string };

const customerWord = "customers";

/** Acronyms and jargon that turn customers into objects. Exclusions keep the department vocabulary clean. */
export const JARGON_RULES: LanguageRule[] = [
  {
    pattern: /\bPAX\b/gi,
    why: "“PAX” is airline shorthand that turns passengers into a headcount.",
    suggestion: "passengers — by name where you can",
  },
  {
    pattern: /(?<!\bbusiness\s)(?<!\bper\s)\bunits?\b(?!\s+(?:price|cost|costs|test|tests|sold|of\s+measure))/gi,
    why: "Calling people “units” makes them a quantity to process, not someone to help.",
    suggestion: customerWord,
  },
  {
    pattern: /(?<!\bdepartment\s)(?<!\bteam\s)\bheads\b(?!\s+of\b)/gi,
    why: "“Heads” counts people like cattle.",
    suggestion: "people, or customers",
  },
  { pattern: /\bbodies\b/gi, why: "“Bodies” strips people of everything but their presence.", suggestion: "people" },
  { pattern: /\bpunters?\b/gi, why: "“Punters” is dismissive of the people who pay you.", suggestion: customerWord },
  {
    pattern: /\beyeballs\b/gi,
    why: "“Eyeballs” reduces people to an audience metric.",
    suggestion: "people who read or watch",
  },
  {
    pattern: /\bseats\b(?=\s+(?:filled|sold|served))/gi,
    why: "“Seats” counts places, not the people in them.",
    suggestion: customerWord,
  },
  {
    pattern: /\b(?:CX|CS)\s+volume\b/gi,
    why: "A “volume” is a flow to reduce, not people asking for help.",
    suggestion: "customers who contacted us",
  },
];

/**
 * The lexicon the language check uses when it is given none: the insurance words the product first shipped
 * with. An organisation's lexicon starts from its industry's (`industryLexicon`, see get-lexicon).
 */
export const DEFAULT_EUPHEMISMS: LexiconEntry[] = industryLexicon("insurance");

/** For each empty adjective, an observable behaviour to write instead. */
const OBSERVABLE_INSTEAD: Record<string, string> = {
  friendly: "e.g. “Greets the customer by name and asks how they are before the first question”",
  proactive: "e.g. “Calls the customer before they chase us, with the next step and a date”",
  helpful: "e.g. “Solves the problem in this contact, or books the follow-up before hanging up”",
  polite: "e.g. “Thanks the customer and uses their name”",
  "customer[- ]?(?:centric|focused|obsessed)": "name the action a customer would notice",
  empath: "e.g. “Repeats back what the customer said mattered to them before offering a solution”",
  positive: "name what the person does that the customer would notice",
  responsive: "e.g. “Answers within a stated time, such as the same working day”",
};
const ADJECTIVE = `(?:(?:more|very|always|really)\\s+)?(?:friendly|proactive|helpful|polite|customer[- ]?(?:centric|focused|obsessed)|empathetic|empathic|positive|responsive)`;

/** Platitudes: intentions with no observable action. */
export const PLATITUDE_RULES: LanguageRule[] = [
  {
    // "be friendly", "be friendly and proactive", "being more empathetic, positive and responsive"
    pattern: new RegExp(
      `\\b(?:be|being|is|are|stay|staying|remain)\\s+${ADJECTIVE}(?:\\s*(?:,\\s*(?:and\\s+)?|and\\s+|&\\s*)${ADJECTIVE})*\\b`,
      "gi",
    ),
    why: "An intention, not an action: nobody could watch for it or count it.",
    suggestion: (words) => {
      const found = Object.entries(OBSERVABLE_INSTEAD).find(([adjective]) =>
        new RegExp(`\\b${adjective}`, "i").test(words),
      );
      return found ? found[1] : "name what the person does that the customer would notice";
    },
  },
  {
    pattern: /\bdelight(?:s|ing)?\s+(?:the\s+|our\s+)?customers?\b/gi,
    why: "“Delight” is a feeling you hope for, not something a person does.",
    suggestion: "name the moment and what the employee does in it",
  },
  {
    pattern: /\b(?:go|goes|going)\s+the\s+extra\s+mile\b/gi,
    why: "Which mile? Say what the extra step is.",
    suggestion: "name the extra step, e.g. “walks the customer through the form on the phone”",
  },
  {
    pattern: /\bexceed(?:s|ing)?\s+(?:customer\s+|their\s+)?expectations\b/gi,
    why: "Expectations of what? It cannot be observed.",
    suggestion: "name what the customer gets that they did not expect",
  },
  {
    pattern: /\bcustomers?\s+first\b/gi,
    why: "A slogan, not a behaviour.",
    suggestion: "name what the employee puts first, and when",
  },
  {
    pattern: /\b(?:world[- ]class|best[- ]in[- ]class|excellent|outstanding|great)\s+(?:customer\s+)?service\b/gi,
    why: "A label for the result, not the action that gets it.",
    suggestion: "name the action that makes the service good",
  },
  {
    pattern: /\bwow(?:s|ing)?\s+(?:the\s+|our\s+)?customers?\b/gi,
    why: "A feeling you hope for, not something a person does.",
    suggestion: "name the moment and what the employee does in it",
  },
  {
    pattern: /\b(?:put|puts|putting)\s+(?:the\s+)?customers?\s+at\s+the\s+(?:heart|centre|center)\b/gi,
    why: "A slogan, not a behaviour.",
    suggestion: "name the decision where the customer's interest wins, and how",
  },
];
