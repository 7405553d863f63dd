import { describe, expect, it } from "vitest";
import { momentEvidence, momentStoryDraft } from "./moment-drafts";

const worst = { workshopName: "Offsite", moment: "worst" as const, story: "They lost my form.", why: "No one called" };

describe("what a workshop moment starts", () => {
  it("a pseudonymous workshop story in the participant's words, its sentiment from the kind of moment", () => {
    expect(momentStoryDraft(worst)).toEqual({
      customer: "Workshop participant (worst experience)",
      pseudonym: true,
      narrative: "They lost my form. What made it bad: No one called",
      sentiment: "negative",
      source: "workshop",
    });
    expect(momentStoryDraft({ ...worst, moment: "best" })).toMatchObject({
      narrative: "They lost my form. What made it good: No one called",
      sentiment: "positive",
    });
  });

  it("a behaviour's reason, quoting the moment and naming the workshop it came from", () => {
    expect(momentEvidence(worst)).toBe(
      "From the empathy workshop “Offsite”, a participant's worst experience as a customer: “They lost my form.” What made it bad: No one called",
    );
  });
});
