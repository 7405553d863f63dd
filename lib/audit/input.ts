/** What the audit log's route accepts. */
import { z } from "zod";
import { calendarDateTime } from "@/lib/validation/database-ranges";

export const auditQuery = z.object({
  take: z.coerce.number().int().min(1).max(500).optional(),
  before: calendarDateTime("before must be an ISO date-time").optional(),
});
