/**
 * The industries a new organisation can start from, and each one's lifecycle stages in its customers' words
 * (DESIGN §3). A consultant sets up an insurer and a telecom operator differently from the first screen: the
 * stages offered, and the words the language check looks for (`lib/language/rules/industry-lexicons.ts`).
 * Pure: the setup page shows these before anything is written.
 */

export const INDUSTRIES = [
  "insurance",
  "telecom",
  "utilities",
  "retail",
  "public_service",
  "software",
  "general",
] as const;

export type Industry = (typeof INDUSTRIES)[number];

/** What an organisation is when nobody said: the template that assumes no industry's words. */
export const DEFAULT_INDUSTRY: Industry = "general";

/** The industry as people say it, for choosers and audit summaries. */
export const INDUSTRY_NAMES: Record<Industry, string> = {
  insurance: "Insurance",
  telecom: "Telecoms",
  utilities: "Energy and water",
  retail: "Retail",
  public_service: "Public service",
  software: "Software",
  general: "Any other industry",
};

/**
 * Each industry's lifecycle, as its customers would say what they are doing — never the organisation's
 * process names ("Onboarding", "Collections"), which describe the company's work, not the customer's.
 */
export const STAGE_TEMPLATES: Record<Industry, readonly string[]> = {
  insurance: ["Find cover", "Get a quote", "Take out cover", "Pay", "Make a change", "Make a claim", "Renew or leave"],
  telecom: [
    "Choose a plan",
    "Sign up",
    "Get connected",
    "Use the service",
    "Get help",
    "Pay the bill",
    "Upgrade or leave",
  ],
  utilities: [
    "Move in or switch",
    "Set up my account",
    "Give a meter reading",
    "Understand my bill",
    "Pay",
    "Report a problem",
    "Get help paying",
    "Move out or switch away",
  ],
  retail: [
    "Find what I need",
    "Choose",
    "Buy",
    "Get it delivered or collect it",
    "Use it",
    "Return or exchange",
    "Come back",
  ],
  public_service: [
    "Find out what I can get",
    "Apply",
    "Prove who I am",
    "Wait for a decision",
    "Get the service",
    "Tell you about a change",
    "Complain or appeal",
  ],
  software: ["Try it", "Buy", "Get set up", "Use it every day", "Get help", "Pay", "Renew or cancel"],
  // DESIGN §3's example; what a new organisation got before industries existed.
  general: ["Discover", "Buy", "Onboard", "Use", "Get help", "Pay", "Renew or leave"],
};

export function isIndustry(value: unknown): value is Industry {
  return typeof value === "string" && (INDUSTRIES as readonly string[]).includes(value);
}

/** How a template is named in a sentence: "the telecoms template", "the general template". */
export function templateName(industry: Industry): string {
  return industry === "general" ? "general" : INDUSTRY_NAMES[industry].toLowerCase();
}
