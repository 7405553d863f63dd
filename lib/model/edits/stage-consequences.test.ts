import { describe, expect, it } from "vitest";
import {
  NO_HOLDINGS,
  stageMergeMessage,
  stageMergeSummary,
  stageRemovalMessage,
  stageRemovalSummary,
} from "./stage-consequences";

const pay = { touchpoints: 4, behaviours: 3, approved: 2, influences: 5, stories: 2 };

describe("what removing a stage does, in words", () => {
  it("names every count, what the stories lose and how to keep the behaviours", () => {
    expect(stageRemovalMessage("Pay", pay)).toBe(
      "Removes “Pay”, its 4 touchpoints and its 3 behaviours (2 approved) with their 5 influences. 2 stories keep their text but lose their stage, so they leave the customer room. Merge it into another stage instead to keep its behaviours.",
    );
    expect(stageRemovalSummary("Pay", pay)).toBe(
      "Removed the stage “Pay” with 4 touchpoints, 3 behaviours (2 approved) and 5 influences; 2 stories lost their stage",
    );
  });

  it("speaks of one of a kind in the singular and leaves out what is not there", () => {
    const one = { touchpoints: 1, behaviours: 1, approved: 0, influences: 1, stories: 1 };
    expect(stageRemovalMessage("Pay", one)).toBe(
      "Removes “Pay”, its 1 touchpoint and its 1 behaviour with its 1 influence. 1 story keeps its text but loses its stage, so it leaves the customer room. Merge it into another stage instead to keep its behaviours.",
    );
    expect(stageRemovalMessage("Pay", NO_HOLDINGS)).toBe(
      "Removes “Pay”; no role takes part in it and it has no behaviours.",
    );
    expect(stageRemovalSummary("Pay", NO_HOLDINGS)).toBe("Removed the stage “Pay”");
  });
});

describe("what merging a stage does, in words", () => {
  it("says what moves where, and that the stage then goes", () => {
    expect(stageMergeMessage("Pay", "Renew or leave", pay)).toBe(
      "3 behaviours and 2 stories move from “Pay” to “Renew or leave”, behaviours with their versions and influences. The 4 roles taking part in “Pay” will take part in “Renew or leave”. Then “Pay” leaves the lifecycle.",
    );
    expect(stageMergeSummary("Pay", "Renew or leave", pay)).toBe(
      "Merged the stage “Pay” into “Renew or leave”: 3 behaviours and 2 stories moved",
    );
  });

  it("says so when there is nothing to move", () => {
    expect(stageMergeMessage("Pay", "Use", NO_HOLDINGS)).toBe(
      "“Pay” has no behaviours or stories to move. Then “Pay” leaves the lifecycle.",
    );
    expect(stageMergeSummary("Pay", "Use", { ...NO_HOLDINGS, stories: 1 })).toBe(
      "Merged the stage “Pay” into “Use”: 1 story moved",
    );
  });
});
