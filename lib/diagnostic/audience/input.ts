/** What the audience routes accept: a wave's mail texts, and which mails to send. */
import { z } from "zod";
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
