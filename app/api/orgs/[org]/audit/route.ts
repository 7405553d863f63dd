import { z } from "zod";
import { calendarDateTime } from "@/lib/validation/database-ranges";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { parseInput } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";

const auditQuery = z.object({
  take: z.coerce.number().int().min(1).max(500).optional(),
  before: calendarDateTime("before must be an ISO date-time").optional(),
});

export const GET = orgRoute("audit:read", async (request, access) => {
  const query = parseInput(auditQuery, Object.fromEntries(new URL(request.url).searchParams));
  return { events: await listAuditEvents(access, query) };
});
