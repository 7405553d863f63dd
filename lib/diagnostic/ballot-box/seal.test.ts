import { describe, expect, it } from "vitest";
import { seal, sessionKey, unseal } from "./seal";

describe("sealing", () => {
  it("opens with the same key only, and never shows the plain text", () => {
    const sealed = seal(
      { answers: { q1: 4 }, comments: { possible: "My manager ignores complaints" } },
      sessionKey("link-a"),
    );
    expect(Buffer.from(sealed).toString("utf8")).not.toContain("manager");
    expect(unseal(sealed, sessionKey("link-a"))).toEqual({
      answers: { q1: 4 },
      comments: { possible: "My manager ignores complaints" },
    });
    expect(() => unseal(sealed, sessionKey("link-b"))).toThrow();
  });

  it("seals the same answers differently each time (nothing to match on)", () => {
    const key = sessionKey("link-a");
    expect(Buffer.from(seal({ q: 1 }, key)).equals(Buffer.from(seal({ q: 1 }, key)))).toBe(false);
  });
});
