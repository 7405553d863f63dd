import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, setDatabaseUnavailable } from "./database-availability.mjs";

describe("database availability", () => {
  it("is one flag shared through globalThis", () => {
    setDatabaseUnavailable(true);
    expect(isDatabaseUnavailable()).toBe(true);
    expect((globalThis as Record<symbol, unknown>)[Symbol.for("throughline.databaseUnavailable")]).toBe(true);
    setDatabaseUnavailable(false);
    expect(isDatabaseUnavailable()).toBe(false);
  });
});
