import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ConflictError, NotFoundError, RateLimitedError } from "@/lib/errors";
import { safeReturnPath } from "@/lib/client/safe-return-path";
import { clientIp } from "./client-ip";
import { parseInput } from "./parse-input";
import { problemResponse, toProblem } from "./problem";
import { assertSameOrigin } from "./same-origin";

const post = (headers: Record<string, string>) => new Request("http://app.test/api/orgs", { method: "POST", headers });

describe("assertSameOrigin", () => {
  it("lets same-origin browser requests and header-less scripts through", () => {
    expect(() =>
      assertSameOrigin(post({ host: "app.test", origin: "http://app.test", "sec-fetch-site": "same-origin" })),
    ).not.toThrow();
    expect(() => assertSameOrigin(post({ host: "app.test" }))).not.toThrow();
  });

  it("refuses a state change from another site", () => {
    expect(() => assertSameOrigin(post({ host: "app.test", origin: "http://evil.test" }))).toThrow(
      /did not come from this site/,
    );
    expect(() => assertSameOrigin(post({ host: "app.test", "sec-fetch-site": "cross-site" }))).toThrow();
    expect(() => assertSameOrigin(post({ host: "app.test", origin: "null" }))).toThrow();
  });

  it("believes X-Forwarded-Host only when a trusted proxy is configured", () => {
    const forged = post({ host: "app.test", "x-forwarded-host": "evil.example", origin: "http://evil.example" });
    expect(() => assertSameOrigin(forged)).toThrow(/did not come from this site/);
    expect(() => assertSameOrigin(forged, 0)).toThrow(/did not come from this site/);
    expect(() => assertSameOrigin(forged, 1)).not.toThrow();
    const proxied = post({ host: "10.0.0.5:3000", "x-forwarded-host": "app.example", origin: "https://app.example" });
    expect(() => assertSameOrigin(proxied, 1)).not.toThrow();
    expect(() => assertSameOrigin(proxied, 0)).toThrow();
  });

  it("does not check safe methods", () => {
    expect(() =>
      assertSameOrigin(new Request("http://app.test/x", { headers: { origin: "http://evil.test" } })),
    ).not.toThrow();
  });
});

describe("problem responses", () => {
  it("maps the error family to status, title, detail and field", async () => {
    const response = problemResponse(new ConflictError("Already a member.", "email"));
    expect(response.status).toBe(409);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toEqual({
      type: "about:blank",
      title: "Conflict",
      status: 409,
      detail: "Already a member.",
      field: "email",
    });
  });

  it("adds Retry-After to 429s", () => {
    expect(problemResponse(new RateLimitedError(120)).headers.get("retry-after")).toBe("120");
  });

  it("hides the internals of unexpected errors", () => {
    const original = console.error;
    console.error = () => {};
    try {
      expect(toProblem(new Error("connection string postgres://secret"))).toEqual({
        type: "about:blank",
        title: "Internal error",
        status: 500,
        detail: "Something went wrong on our side. Please try again.",
      });
    } finally {
      console.error = original;
    }
  });

  it("names the nested field of invalid input", () => {
    const schema = z.object({ member: z.object({ role: z.enum(["owner", "viewer"]) }) });
    let caught: unknown;
    try {
      parseInput(schema, { member: { role: "king" } });
    } catch (error) {
      caught = error;
    }
    expect(toProblem(caught)).toMatchObject({ status: 400, field: "member.role" });
    expect(toProblem(new NotFoundError("Organisation")).detail).toBe("Organisation not found.");
  });
});

describe("clientIp", () => {
  it("reads the one address the server wrote into X-Forwarded-For, whatever trustProxy says", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.9" }), false)).toBe("203.0.113.9");
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.9" }), 2)).toBe("203.0.113.9");
    expect(clientIp({ "x-forwarded-for": "198.51.100.1" }, false)).toBe("198.51.100.1");
  });

  it("takes the nearest entry of a list (a server that does not rewrite it) and says unknown without one", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "1.1.1.1, 10.0.0.2" }), true)).toBe("10.0.0.2");
    expect(clientIp(new Headers(), false)).toBe("unknown");
  });
});

describe("safeReturnPath", () => {
  it("only returns to paths on this site", () => {
    expect(safeReturnPath("/orgs/acme/members")).toBe("/orgs/acme/members");
    expect(safeReturnPath("https://evil.test")).toBe("/orgs");
    expect(safeReturnPath("//evil.test/x")).toBe("/orgs");
    expect(safeReturnPath("/\\evil.test")).toBe("/orgs");
    expect(safeReturnPath(undefined)).toBe("/orgs");
  });
});
