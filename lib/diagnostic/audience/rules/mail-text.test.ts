import { describe, expect, it } from "vitest";
import { DEFAULT_TEXTS, fillIn, renderMail, unknownFields } from "./mail-text";

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
    expect(unknownFields(DEFAULT_TEXTS.invitation.body + DEFAULT_TEXTS.reminder.subject)).toEqual([]);
  });

  it("keeps a subject on one line whatever a value holds", () => {
    expect(renderMail({ subject: "{wave}", body: "{link}" }, { ...values, wave: "A\r\nBcc: x@y.test" }).subject).toBe(
      "A Bcc: x@y.test",
    );
  });
});
