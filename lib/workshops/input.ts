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

/**
 * `?workshop=&moment=`: the moment a new story or a new behaviour starts from. Both or neither; a page
 * opened without them is the ordinary one.
 */
export const momentQuery = z
  .object({ workshop: z.string().min(1).max(100), moment: z.string().min(1).max(100) })
  .optional()
  .catch(undefined);

/** The moment named by a page's query, if both halves are there. */
export function momentInQuery(query: Record<string, string | string[] | undefined>) {
  return momentQuery.parse(
    typeof query.workshop === "string" && typeof query.moment === "string"
      ? { workshop: query.workshop, moment: query.moment }
      : undefined,
  );
}
