/** What the sign-in form sends. */
import { z } from "zod";

/** Anything else than this shape is simply a failed sign-in (no hint which part was wrong). */
export const signInInput = z.object({
  email: z.string().trim().toLowerCase().max(320),
  password: z.string().max(200),
});
