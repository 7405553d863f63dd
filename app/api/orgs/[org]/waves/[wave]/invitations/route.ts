import { z } from "zod";
import { formulaSafeCsv } from "@/lib/csv/safe-csv";
import { LEVELS } from "@/lib/diagnostic/scoring";
import { createInvitations } from "@/lib/diagnostic/waves/manage-waves";
import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";

const invitationsInput = z.object({
  department: z.string().max(100).optional(),
  role: z.string().max(100).optional(),
  level: z.enum(LEVELS).optional(),
  count: z.number().int().min(1, "At least one").max(5000, "At most 5000 at a time"),
});

/** Single-use links for a segment, as CSV for a mail merge (the links are shown this once). */
export const POST = orgRoute<{ org: string; wave: string }>("diagnostic:manage", async (request, access, params) => {
  const input = await parseJsonBody(request, invitationsInput);
  const segment = { department: input.department || undefined, role: input.role || undefined, level: input.level, count: input.count };
  const tokens = await createInvitations(access, params.wave, segment);
  const csv = formulaSafeCsv(["link", "department", "role", "level"], tokens.map((token) => [new URL(`/s/${token}`, request.url).toString(), segment.department ?? "", segment.role ?? "", segment.level ?? ""]));
  return new Response(csv, { status: 201, headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="invitations.csv"` } });
});
