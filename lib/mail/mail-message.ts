import { z } from "zod";

/** One mail to one person. Line breaks in the subject are refused: they would start new headers. */
export const mailMessage = z.object({
  to: z.email(),
  subject: z
    .string()
    .min(1)
    .max(300)
    .regex(/^[^\r\n]*$/),
  text: z.string().min(1).max(100_000),
  organisationId: z.string().min(1).optional(),
});

export type MailMessage = z.infer<typeof mailMessage>;
