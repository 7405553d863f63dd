/** What dashboard routes accept. */
import { z } from "zod";

/** `?department=` or `?role=` (not both) picks a dashboard's scope; neither is the organisation. */
export const dashboardQuery = z
  .object({
    department: z.string().min(1).max(100).optional(),
    role: z.string().min(1).max(100).optional(),
    wave: z.string().min(1).max(100).optional(),
  })
  .refine((q) => !(q.department && q.role), { message: "Ask for a department or a role, not both", path: ["role"] });
