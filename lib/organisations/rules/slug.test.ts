import { describe, expect, it } from "vitest";
import { slugify } from "./slug";

describe("slugify", () => {
  it("makes a readable, URL-safe slug", () => {
    expect(slugify("Harbour Mutual")).toBe("harbour-mutual");
    expect(slugify("  Société Générale — Assurances  ")).toBe("societe-generale-assurances");
    expect(slugify("!!!")).toBe("organisation");
    expect(slugify("x".repeat(80))).toHaveLength(48);
  });
});
