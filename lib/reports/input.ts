/** What the report route accepts: which wave (the latest closed one when absent). */
import { z } from "zod";

export const reportQuery = z.object({ wave: z.string().min(1).max(100).optional() });
