import { describe, expect, it } from "vitest";
import { DEFAULT_MAIL_TEXTS } from "./default-mail-texts";
import { fillIn, renderMail, unknownFields } from "./mail-text";

const values = {
  organisation: "Harbour Mutual",
  wave: "Spring",
  closes: "Friday 5 June 2026",
  link: "https://x.test/s/abc",
};

describe("mail texts with merge fields", () => {
  it("fills in every known field, as often as it appears", () => {
    expect(fillIn("{organisation} · {wave} · {closes} · {link} · {wave}", values)).toBe(
      "Harbour Mutual · Spring · Friday 5 June 2026 · https://x.test/s/abc · Spring",
    );
  });

  it("names each unknown field once, and leaves braces that are not fields alone", () => {
    expect(unknownFields("Hi {first_name}, {link} {Link} {first_name} { spaced } {}")).toEqual([
      "{first_name}",
      "{Link}",
      "{}",
    ]);
  });

  it("writes the standard texts in every language with known fields only, each with the person's link", () => {
    for (const [language, texts] of Object.entries(DEFAULT_MAIL_TEXTS))
      for (const text of [texts.invitation, texts.reminder]) {
        expect(unknownFields(text.subject + text.body), language).toEqual([]);
        expect(text.body, language).toContain("{link}");
        expect(text.subject, language).not.toMatch(/[\r\n]/);
      }
  });

  it("keeps a subject on one line whatever a value holds", () => {
    expect(renderMail({ subject: "{wave}", body: "{link}" }, { ...values, wave: "A\r\nBcc: x@y.test" }).subject).toBe(
      "A Bcc: x@y.test",
    );
  });
});
