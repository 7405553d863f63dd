/** What workshop routes accept: a workshop's name, and a participant's moments. */
import { z } from "zod";

/** Opening a workshop (the name is checked, with its own message, when the workshop is opened). */
export const openWorkshopInput = z.object({ name: z.string().max(200) });

const moment = z.object({
  story: z.string().trim().min(10, "Say what happened (at least 10 characters)").max(2000),
  why: z.string().trim().min(3, "Say what made it so").max(1000),
  weCreateIt: z.enum(["yes", "sometimes", "no", "not_sure"], { message: "Say whether we create such moments" }),
});

/** What a participant sends: their best moment, their worst, or both. */
export const workshopContribution = z
  .object({ best: moment.optional(), worst: moment.optional() })
  .refine((c) => c.best || c.worst, { message: "Tell us about at least one experience", path: ["best"] });

export type WorkshopContribution = z.infer<typeof workshopContribution>;
