import { describe, expect, it } from "vitest";
import { landingPath } from "./landing-path";

describe("landingPath", () => {
  it("starts executives, department heads and viewers of one organisation on its dashboard", () => {
    for (const role of ["executive", "department_head", "viewer"] as const) {
      expect(landingPath([{ slug: "harbour-mutual", role }])).toBe("/orgs/harbour-mutual");
    }
  });

  it("starts consultants, members of several organisations and people with none on the portfolio", () => {
    expect(landingPath([{ slug: "harbour-mutual", role: "owner" }])).toBe("/orgs");
    expect(
      landingPath([
        { slug: "a", role: "executive" },
        { slug: "b", role: "viewer" },
      ]),
    ).toBe("/orgs");
    expect(landingPath([])).toBe("/orgs");
  });
});
