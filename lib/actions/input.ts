/** What action-item routes accept. */
import { z } from "zod";
import { calendarDay } from "@/lib/validation/database-ranges";

export const actionUpdateInput = z
  .object({
    status: z.enum(["open", "in_progress", "done"], { message: "Open, in progress or done" }).optional(),
    due: calendarDay("A date (YYYY-MM-DD)").nullable().optional(),
  })
  .refine((u) => u.status !== undefined || u.due !== undefined, {
    message: "Change the status or the due date",
    path: ["status"],
  });
