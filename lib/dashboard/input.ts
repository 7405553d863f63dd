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

/**
 * The customer room's query: `?stage=` the stage in front (a reload or a shared link opens the same one),
 * `?play=` auto-advance every so many seconds (an unattended screen). A wall link with a typo still opens
 * the room, from its first stage and standing still.
 */
export const roomQuery = z.object({
  stage: z.string().min(1).max(100).optional().catch(undefined),
  play: z.coerce.number().int().min(5).max(600).optional().catch(undefined),
});
