import { describe, expect, it } from "vitest";
import { availableTransitions, findTransition, statusAfterEdit } from "./behaviour-workflow";

const editor = { editor: true, approver: false };
const approver = { editor: false, approver: true };
const both = { editor: true, approver: true };

describe("behaviour workflow", () => {
  it("lets editors propose and approvers approve, not the other way round", () => {
    expect(findTransition("draft", "proposed", editor)).toBeTruthy();
    expect(findTransition("draft", "proposed", approver)).toBeUndefined();
    expect(findTransition("proposed", "approved", approver)).toBeTruthy();
    expect(findTransition("proposed", "approved", editor)).toBeUndefined();
  });

  it("requires a comment when an approver sends a proposal back, not when its editor withdraws it", () => {
    expect(findTransition("proposed", "draft", approver)?.needsComment).toBe(true);
    expect(findTransition("proposed", "draft", editor)?.needsComment).toBe(false);
    expect(findTransition("proposed", "draft", both)?.needsComment).toBe(false);
  });

  it("never jumps straight from draft to approved", () => {
    expect(findTransition("draft", "approved", both)).toBeUndefined();
  });

  it("lists what each person may do next", () => {
    expect(availableTransitions("proposed", approver).map((t) => t.label)).toEqual([
      "Approve",
      "Send back with a comment",
    ]);
    expect(availableTransitions("approved", editor)).toEqual([]);
    expect(availableTransitions("retired", editor).map((t) => t.to)).toEqual(["draft"]);
  });

  it("sends an edited approved behaviour back for approval unless the editor may approve", () => {
    expect(statusAfterEdit("approved", false)).toBe("proposed");
    expect(statusAfterEdit("approved", true)).toBe("approved");
    expect(statusAfterEdit("draft", false)).toBe("draft");
  });
});
