import { z } from "zod";

/** What the sign-in form sends; anything else is simply a failed sign-in (no hint which part was wrong). */
export const signInInput = z.object({
  email: z.string().trim().toLowerCase().max(320),
  password: z.string().max(200),
});
