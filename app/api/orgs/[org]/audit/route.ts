import { auditQuery } from "@/lib/audit/input";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { parseInput } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";

export const GET = orgRoute("audit:read", async (request, access) => {
  const query = parseInput(auditQuery, Object.fromEntries(new URL(request.url).searchParams));
  return { events: await listAuditEvents(access, query) };
});
