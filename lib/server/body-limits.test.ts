import { describe, expect, it } from "vitest";
import { bodyLimitFor, DEFAULT_BODY_LIMIT, describeBytes } from "./body-limits.mjs";

describe("bodyLimitFor", () => {
  it("gives each kind of address its limit", () => {
    expect(bodyLimitFor("POST", "/api/auth/callback/credentials")).toBe(16 * 1024);
    expect(bodyLimitFor("PUT", "/api/survey/abc/answers")).toBe(64 * 1024);
    expect(bodyLimitFor("POST", "/api/workshop/abc")).toBe(64 * 1024);
    expect(bodyLimitFor("POST", "/api/obstacle/abc")).toBe(16 * 1024);
    expect(bodyLimitFor("POST", "/api/orgs/acme/model")).toBe(64 * 1024 * 1024);
    expect(bodyLimitFor("POST", "/api/orgs/acme/model/csv")).toBe(32 * 1024 * 1024);
    expect(bodyLimitFor("POST", "/api/orgs/acme/waves/w1/responses")).toBe(32 * 1024 * 1024);
    expect(bodyLimitFor("POST", "/api/orgs/acme/instruments")).toBe(512 * 1024);
  });

  it("gives everything else 1 MB, the model's size only to its import", () => {
    expect(bodyLimitFor("PATCH", "/api/orgs/acme/model")).toBe(DEFAULT_BODY_LIMIT);
    expect(bodyLimitFor("POST", "/api/orgs/acme/model/edits")).toBe(DEFAULT_BODY_LIMIT);
    expect(bodyLimitFor("POST", "/orgs/acme")).toBe(DEFAULT_BODY_LIMIT);
    expect(bodyLimitFor(undefined, "/api/authors")).toBe(DEFAULT_BODY_LIMIT);
    expect(DEFAULT_BODY_LIMIT).toBe(1024 * 1024);
  });

  it("describes sizes for people", () => {
    expect([describeBytes(16 * 1024), describeBytes(64 * 1024 * 1024), describeBytes(1536 * 1024)]).toEqual([
      "16 KB",
      "64 MB",
      "1.5 MB",
    ]);
  });
});
