/** What the exposure route accepts: one occasion of a role's people meeting customers. */
import { z } from "zod";
import { calendarDay } from "@/lib/validation/database-ranges";

export const exposureInput = z.object({
  role: z.string().min(1, "Choose a role").max(100),
  kind: z.enum(["shift", "listening", "meeting"], { message: "A shift, listening in, or meeting customers" }),
  date: calendarDay("A date (YYYY-MM-DD)"),
  people: z.number().int().min(1, "At least one person").max(10_000).nullable().default(null),
});
