/** What the report routes accept: which wave (the latest closed one when absent); the report's branding. */
import { z } from "zod";

export const reportQuery = z.object({ wave: z.string().min(1).max(100).optional() });

/** A logo of at most 200 KB: base64 text of up to 4/3 of that (the bytes are checked again once decoded). */
export const LOGO_MAX_BYTES = 200 * 1024;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export const reportBrandingInput = z.object({
  accent: z
    .string()
    .trim()
    .transform((value) => value.toLowerCase())
    .pipe(z.union([z.literal(""), z.string().regex(/^#[0-9a-f]{6}$/, "Write the colour as #rrggbb, e.g. #0a5454")]))
    .transform((value) => value || null),
  preparedBy: z
    .string()
    .trim()
    .max(120, "The firm's name must be at most 120 characters")
    .transform((value) => value || null),
  /** Absent: keep the logo; null: remove it; base64 bytes: replace it. */
  logo: z
    .string()
    .max(Math.ceil(LOGO_MAX_BYTES / 3) * 4 + 4, "The logo must be at most 200 KB")
    .regex(BASE64, "The logo could not be read; choose the file again")
    .nullable()
    .optional(),
});
export type ReportBrandingInput = z.infer<typeof reportBrandingInput>;
