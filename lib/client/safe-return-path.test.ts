import { describe, expect, it } from "vitest";
import { safeReturnPath, sameOriginUrl } from "./safe-return-path";

describe("safeReturnPath", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeReturnPath("/orgs/acme/members")).toBe("/orgs/acme/members");
    expect(safeReturnPath("/orgs/acme/findings?severity=high#top")).toBe("/orgs/acme/findings?severity=high#top");
    expect(safeReturnPath("/invitations/abc_DEF-123")).toBe("/invitations/abc_DEF-123");
    // A scheme without slashes is a relative path to the URL parser (and to browsers): it stays here.
    expect(safeReturnPath("http:evil.example")).toBe("/evil.example");
  });

  it.each([
    ["https://evil.example"],
    ["//evil.example/x"],
    ["/\\evil.example"],
    ["\\\\evil.example"],
    ["/\t/evil.example/phish"],
    ["/\n/evil.example"],
    ["/\r\n/evil.example"],
    [" //evil.example"],
    ["/.//evil.example"],
    ["/..//evil.example"],
    ["javascript:alert(1)"],
    ["http://return-path.invalid@evil.example/"],
  ])("refuses %j (it leaves the site)", (value) => {
    expect(safeReturnPath(value)).toBe("/orgs");
  });

  it("turns line breaks and non-ASCII into a safe ASCII path, never throws", () => {
    expect(safeReturnPath("/orgs/acme\n")).toBe("/orgs/acme");
    expect(safeReturnPath("/orgs/zoë?q=ü#ä")).toBe("/orgs/zo%C3%AB?q=%C3%BC#%C3%A4");
    expect(safeReturnPath("/\u0000x")).toMatch(/^\/[\x21-\x7e]*$/);
    expect(safeReturnPath("\uD800")).toMatch(/^\/[\x21-\x7e]*$/);
    expect(safeReturnPath(undefined)).toBe("/orgs");
    expect(safeReturnPath("")).toBe("/orgs");
  });
});

describe("safeReturnPath on the site's own origin", () => {
  it("keeps absolute addresses on the site as paths, and refuses other origins", () => {
    const site = "http://localhost:3000";
    expect(safeReturnPath("http://localhost:3000/orgs/acme?x=1", "/orgs", site)).toBe("/orgs/acme?x=1");
    expect(safeReturnPath("http://localhost:3001/orgs", "/orgs", site)).toBe("/orgs");
    expect(safeReturnPath("https://localhost:3000/orgs", "/orgs", site)).toBe("/orgs");
    expect(safeReturnPath("/\t/evil.example", "/orgs", site)).toBe("/orgs");
  });
});

describe("sameOriginUrl (next-auth's redirect)", () => {
  const base = "http://localhost:3000";
  it("keeps addresses on the site and sends everything else to its root", () => {
    expect(sameOriginUrl("/orgs?x=1", base)).toBe("http://localhost:3000/orgs?x=1");
    expect(sameOriginUrl("http://localhost:3000/login?callbackUrl=%2F%09%2Fevil.example", base)).toBe(
      "http://localhost:3000/login?callbackUrl=%2F%09%2Fevil.example",
    );
    expect(sameOriginUrl("/\t/evil.example/phish", base)).toBe("http://localhost:3000/");
    expect(sameOriginUrl("https://evil.example/phish", base)).toBe("http://localhost:3000/");
    expect(sameOriginUrl("http://localhost:3001/", base)).toBe("http://localhost:3000/");
    expect(sameOriginUrl("/ü\n", base)).toBe("http://localhost:3000/%C3%BC");
  });
});
