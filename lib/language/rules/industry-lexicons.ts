/**
 * Each industry's words that hide the customer (DESIGN §4.3), with a plainer form and why: the lexicon an
 * organisation starts from, chosen by its industry, before the consultant edits it. A telecom client's
 * lexicon holds "churn" and "ARPU", not an insurer's "claimant". Pure.
 *
 * Lives with the language rules rather than with the stage templates in lib/setup: the language check owns
 * what a lexicon entry is, and lib/setup must not import lib/language (get-lexicon imports lib/setup).
 */
import type { Industry } from "@/lib/setup/rules/industries";
import type { LexiconEntry } from "./language-rules";

/** Words that distance staff from customers in any industry; every industry's lexicon ends with them. */
const ANY_INDUSTRY: LexiconEntry[] = [
  { term: "end users", plainer: "customers" },
  {
    term: "contacts",
    plainer: "customers who got in touch",
    why: "“Contacts” counts calls, not the people who made them.",
  },
  { term: "accounts receivable", plainer: "customers who owe us money" },
  { term: "debtors", plainer: "customers who are behind on payments" },
  { term: "non-payers", plainer: "customers who are behind on payments" },
  {
    term: "failure demand",
    plainer: "customers chasing something we got wrong",
    why: "Each one is a person who had to ask again because the first answer did not work.",
  },
];

/** Each industry's own words, before the ones of any industry. */
const OWN_WORDS: Record<Industry, LexiconEntry[]> = {
  insurance: [
    {
      term: "the claimant",
      plainer: "the customer, by name",
      why: "“The claimant” is a legal role; the person is a customer who had a bad day.",
    },
    { term: "claimants", plainer: "customers making a claim" },
    { term: "claimant", plainer: "the customer making the claim" },
    {
      term: "policyholders",
      plainer: "customers",
      why: "Holding a policy is what they bought, not who they are.",
    },
    { term: "the insured", plainer: "the customer, by name" },
    {
      term: "FNOL",
      plainer: "the customer's first call about what happened",
      why: "“First notification of loss” names a form; the customer is calling on one of their worst days.",
    },
    {
      term: "lapses",
      plainer: "customers who stopped paying for their cover",
      why: "A lapse sounds like something that happens to a policy; a customer decided, or could not pay.",
    },
    { term: "third party", plainer: "the other person involved, by name" },
  ],
  telecom: [
    {
      term: "churn",
      plainer: "customers leaving us",
      why: "“Churn” turns people who chose to leave into a rate to manage.",
    },
    { term: "churners", plainer: "customers who left, or want to" },
    { term: "subscribers", plainer: "customers" },
    { term: "subscriber", plainer: "the customer" },
    {
      term: "ARPU",
      plainer: "what a customer pays us each month, on average",
      why: "Average revenue per user sees a customer only as the money they bring.",
    },
    {
      term: "gross adds",
      plainer: "new customers",
      why: "Counts people who joined as additions to a number.",
    },
    {
      term: "MSISDN",
      plainer: "the customer's phone number",
      why: "Network shorthand that nobody outside the company understands.",
    },
    {
      term: "save desk",
      plainer: "the team that talks with customers who want to leave",
      why: "Says what we save (the revenue), not who we talk to.",
    },
  ],
  utilities: [
    {
      term: "premises",
      plainer: "the customer's home or business",
      why: "A premises is a building; someone lives or works there.",
    },
    { term: "premise", plainer: "the customer's home or business" },
    {
      term: "supply point",
      plainer: "the customer's home or business",
      why: "The supply reaches a person's home, not a point on the network.",
    },
    {
      term: "arrears",
      plainer: "customers who are behind on their bills, and what they owe",
      why: "“Arrears” talks about the debt and forgets the household behind it.",
    },
    {
      term: "the occupier",
      plainer: "the person who lives there, by name",
      why: "How a letter is addressed when nobody knows who lives there.",
    },
    {
      term: "vulnerable customers",
      plainer: "customers who need extra help right now",
      why: "Labels the person rather than their situation, which can change.",
    },
    { term: "change of tenancy", plainer: "someone moving in or out" },
    { term: "MPAN", plainer: "the customer's meter (and their home)" },
  ],
  retail: [
    {
      term: "footfall",
      plainer: "people who came in",
      why: "Counts feet through the door, not the people who came to buy something.",
    },
    {
      term: "basket",
      plainer: "what the customer bought",
      why: "The basket is what is in it; the person carrying it is the customer.",
    },
    {
      term: "conversion",
      plainer: "customers who found what they came for and bought it",
      why: "Counts the sale, not the person who decided.",
    },
    {
      term: "transactions",
      plainer: "customers served",
      why: "Counts the till, not the people at it.",
    },
    { term: "consumers", plainer: "customers", why: "A consumer consumes; a customer chooses us." },
    { term: "shoppers", plainer: "customers" },
  ],
  public_service: [
    {
      term: "service users",
      plainer: "the people we serve",
      why: "People do not use a service the way they use a tool; they rely on it.",
    },
    {
      term: "cases",
      plainer: "people and what they need from us",
      why: "A case is a file; behind it is a person waiting for us.",
    },
    { term: "case", plainer: "the person and what they need from us" },
    { term: "caseload", plainer: "the people each of us is helping" },
    { term: "client group", plainer: "the people this service is for" },
    {
      term: "non-attenders",
      plainer: "people who missed their appointment",
      why: "Puts the blame on the person; ask what stopped them coming.",
    },
    {
      term: "hard to reach",
      plainer: "people we have not reached yet",
      why: "They are not hard to reach; we have not found the way to them.",
    },
    { term: "applicants", plainer: "people applying, by name" },
  ],
  software: [
    {
      term: "users",
      plainer: "customers, or the people using it",
      why: "The people who rely on the product every day, not a count of logins.",
    },
    {
      term: "seats",
      plainer: "people using it",
      why: "A seat is a licence; a person sits in it.",
    },
    {
      term: "tickets",
      plainer: "customers asking for help",
      why: "A ticket is the record; the customer is still waiting.",
    },
    {
      term: "churn",
      plainer: "customers leaving us",
      why: "“Churn” turns people who chose to leave into a rate to manage.",
    },
    {
      term: "logos",
      plainer: "customers, the companies and the people in them",
      why: "A logo is a brand on a slide; behind it are people who chose us.",
    },
    { term: "MAU", plainer: "people who used it this month" },
    { term: "installed base", plainer: "customers using it today" },
  ],
  general: [],
};

/** The lexicon an organisation of this industry starts from: its own words, then those of any industry. */
export function industryLexicon(industry: Industry): LexiconEntry[] {
  return [...OWN_WORDS[industry], ...ANY_INDUSTRY];
}

/** The industry's own words only (without those of any industry), e.g. to tell one industry's giveaways. */
export function industryOwnWords(industry: Industry): readonly LexiconEntry[] {
  return OWN_WORDS[industry];
}

/** The industry's words a lexicon does not hold yet (compared as the editor does: case aside), in its order. */
export function wordsNotIn(lexicon: readonly { term: string }[], industry: Industry): LexiconEntry[] {
  const held = new Set(lexicon.map((e) => e.term.trim().toLowerCase()));
  return industryLexicon(industry).filter((e) => !held.has(e.term.toLowerCase()));
}
