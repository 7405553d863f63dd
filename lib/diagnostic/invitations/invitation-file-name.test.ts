import { describe, expect, it } from "vitest";
import { invitationFileName } from "./invitation-file-name";

describe("invitationFileName", () => {
  it("names the file after the wave", () => {
    expect(invitationFileName("Autumn 2026")).toBe("autumn-2026-invitation-links.csv");
  });
  it("keeps only letters and digits a file system and a header accept", () => {
    expect(invitationFileName("Pulse “Q3” / Zürich")).toBe("pulse-q3-zurich-invitation-links.csv");
  });
  it("still names the links when the wave's name has nothing usable", () => {
    expect(invitationFileName("—")).toBe("invitation-links.csv");
  });
});
