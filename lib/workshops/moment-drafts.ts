/**
 * What a workshop moment offers as a start: the words of a customer story, or why a draft behaviour
 * matters (DESIGN §5: the answers become inputs to behaviour definitions).
 */
import type { MomentOf } from "./moment-of";

export type MomentStoryDraft = {
  customer: string;
  pseudonym: true;
  narrative: string;
  sentiment: "positive" | "negative";
  source: "workshop";
};

const judged = (m: Pick<MomentOf, "moment">) => (m.moment === "best" ? "good" : "bad");

export function momentStoryDraft(m: Pick<MomentOf, "moment" | "story" | "why">): MomentStoryDraft {
  return {
    customer: `Workshop participant (${m.moment} experience)`,
    pseudonym: true,
    narrative: `${m.story} What made it ${judged(m)}: ${m.why}`,
    sentiment: m.moment === "best" ? "positive" : "negative",
    source: "workshop",
  };
}

/** The moment quoted as why a draft behaviour matters, saying which workshop it came from (its evidence). */
export function momentEvidence(m: Pick<MomentOf, "workshopName" | "moment" | "story" | "why">): string {
  return `From the empathy workshop “${m.workshopName}”, a participant's ${m.moment} experience as a customer: “${m.story}” What made it ${judged(m)}: ${m.why}`;
}
