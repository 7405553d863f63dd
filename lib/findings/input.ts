import { z } from "zod";
import { calendarDay } from "@/lib/validation/database-ranges";

export const reviewFindingInput = z
  .object({
    findingId: z.string().min(3).max(2000),
    state: z.enum(["acknowledged", "dismissed", "open"]),
    reason: z.string().trim().max(2000, "At most 2000 characters").optional(),
  })
  .refine((input) => input.state !== "dismissed" || (input.reason ?? "").length >= 3, {
    message: "Say why this finding is dismissed",
    path: ["reason"],
  });

export const createActionInput = z.object({
  findingId: z.string().min(3).max(2000),
  title: z.string().trim().min(3, "Give the action a title").max(200, "At most 200 characters"),
  owner: z.email("Choose an owner"),
  due: calendarDay("A due date as YYYY-MM-DD"),
});
