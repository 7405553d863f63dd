import { describe, expect, it } from "vitest";
import { endKioskCookie, kioskCookie, kioskCookieOf, kioskPass, readKioskPass, type KioskPass } from "./kiosk-pass";

const now = Date.UTC(2027, 2, 1);
const pass: KioskPass = {
  organisationId: "org-1",
  waveId: "wave-1",
  link: "abcdef0123456789",
  expiresAt: now + 60_000,
};

describe("the kiosk pass", () => {
  it("reads back what it was made for", () => {
    expect(readKioskPass(kioskPass(pass), now)).toEqual(pass);
  });

  it("refuses a pass moved to another wave, organisation or link (the signature covers them)", () => {
    const [, signature] = kioskPass(pass).split(".");
    for (const changed of [
      { ...pass, waveId: "wave-2" },
      { ...pass, organisationId: "org-2" },
      { ...pass, link: "0000000000000000" },
      { ...pass, expiresAt: pass.expiresAt + 86_400_000 },
    ]) {
      const [payload] = kioskPass(changed).split(".");
      expect(readKioskPass(`${payload}.${signature}`, now)).toBeNull();
    }
  });

  it("refuses an expired pass", () => {
    expect(readKioskPass(kioskPass(pass), pass.expiresAt)).toBeNull();
    expect(readKioskPass(kioskPass(pass), pass.expiresAt - 1)).toEqual(pass);
  });

  it("refuses a pass signed with another secret", () => {
    const made = kioskPass(pass);
    const previous = process.env.NEXTAUTH_SECRET;
    process.env.NEXTAUTH_SECRET = "another-secret-that-is-at-least-32-characters";
    try {
      expect(readKioskPass(made, now)).toBeNull();
    } finally {
      process.env.NEXTAUTH_SECRET = previous;
    }
  });

  it("refuses anything else: nothing, a flag, a torn or padded value, a well-signed payload of the wrong shape", () => {
    const made = kioskPass(pass);
    for (const value of [undefined, "", "1", "true", "kiosk", made.slice(0, -2), `${made}.x`, `.${made.split(".")[1]}`])
      expect(readKioskPass(value, now)).toBeNull();
  });

  it("is carried by an httpOnly, SameSite=Strict cookie, and read back from a Cookie header", () => {
    const header = kioskCookie(kioskPass(pass), true);
    expect(header).toMatch(/^tl_kiosk=[^;]+; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Strict; Secure$/);
    expect(kioskCookie("x", false)).not.toContain("Secure");
    const value = header.split(";")[0]!.slice("tl_kiosk=".length);
    expect(readKioskPass(kioskCookieOf(`a=1; tl_kiosk=${value}; b=2`), now)).toEqual(pass);
    expect(kioskCookieOf("a=1; not_tl_kiosk=2")).toBeUndefined();
    expect(endKioskCookie(false)).toContain("Max-Age=0");
  });
});
