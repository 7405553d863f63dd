/** What the audience routes accept: a wave's mail texts, and which mails to send. */
import { z } from "zod";
import { calendarDateTime } from "@/lib/validation/database-ranges";
import { MAIL_LANGUAGES } from "./rules/mail-languages";
import { MERGE_FIELDS, unknownFields } from "./rules/mail-text";

const noUnknownFields = (text: string, ctx: z.RefinementCtx) => {
  const unknown = unknownFields(text);
  if (unknown.length)
    ctx.addIssue({
      code: "custom",
      message: `Unknown merge field${unknown.length === 1 ? "" : "s"} ${unknown.join(", ")}: use ${MERGE_FIELDS.map((f) => `{${f}}`).join(", ")}`,
    });
};

export const mailTextInput = z.object({
  kind: z.enum(["invitation", "reminder"]),
  language: z.enum(MAIL_LANGUAGES).default("en"),
  subject: z
    .string()
    .trim()
    .min(1, "Write a subject")
    .max(200)
    .regex(/^[^\r\n]*$/, "A subject is one line")
    .superRefine(noUnknownFields),
  body: z
    .string()
    .trim()
    .min(1, "Write the text of the mail")
    .max(10_000)
    .superRefine(noUnknownFields)
    .refine((body) => body.includes("{link}"), "The text must contain {link}: it is how people answer"),
});

export const sendInput = z.object({
  /** new: everyone on the list not mailed yet; retry: the addresses whose mail failed or may not have arrived. */
  send: z.enum(["new", "retry"]),
});

/** A mailing sent now or at a set time (an ISO date and time; the browser sends its local time as UTC). */
export const mailingInput = z.object({
  kind: z.enum(["invitation", "reminder"]),
  at: calendarDateTime("A date and time").optional(),
});

export const mailTextsQuery = z.object({ language: z.enum(MAIL_LANGUAGES).default("en") });

export const mailingNumber = z.object({
  number: z.coerce
    .number()
    .int("A mailing number, 0 to 3")
    .min(0, "A mailing number, 0 to 3")
    .max(3, "A mailing number, 0 to 3"),
});
