import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustProxy } from "./client-address.mjs";

describe("parseTrustProxy", () => {
  it("reads a number of hops; true is one (the old boolean), false or nothing is none", () => {
    expect([undefined, "", "false", "0", "true", "TRUE", "1", "3"].map(parseTrustProxy)).toEqual([
      0, 0, 0, 0, 1, 1, 1, 3,
    ]);
  });

  it("refuses anything else", () => {
    for (const bad of ["yes", "-1", "1.5", "100", "1,2"]) expect(() => parseTrustProxy(bad)).toThrow(/hops/);
  });
});

describe("clientAddress", () => {
  it("is the socket peer when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    expect(clientAddress("198.51.100.7", "203.0.113.9", 0)).toBe("198.51.100.7");
    expect(clientAddress("::ffff:198.51.100.7", undefined, 0)).toBe("198.51.100.7");
  });

  it("takes the entry each trusted proxy vouches for, counted from the right", () => {
    // A client's own X-Forwarded-For ("1.1.1.1") is kept by the proxy, which appends the address it saw.
    expect(clientAddress("10.0.0.2", "1.1.1.1, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.2", "1.1.1.1, 203.0.113.9, 10.0.0.1", 2)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.2", ["203.0.113.9", "10.0.0.1"], 2)).toBe("203.0.113.9");
  });

  it("stops at the peer or at an entry that is not an address", () => {
    expect(clientAddress("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", "203.0.113.9", 5)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.2", "not-an-ip", 1)).toBe("10.0.0.2");
    expect(clientAddress(undefined, undefined, 0)).toBe("unknown");
  });
});
