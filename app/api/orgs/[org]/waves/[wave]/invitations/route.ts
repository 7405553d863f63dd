import { appLink } from "@/lib/config/app-link";
import { formulaSafeCsv } from "@/lib/csv/safe-csv";
import { invitationsInput } from "@/lib/diagnostic/input";
import { invitationFileName } from "@/lib/diagnostic/invitations/invitation-file-name";
import { createInvitations } from "@/lib/diagnostic/waves/create-invitations";
import { waveOf } from "@/lib/diagnostic/waves/wave-of";
import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";

/** Single-use links for a segment, as CSV for a mail merge (the links are shown this once). */
export const POST = orgRoute<{ org: string; wave: string }>("diagnostic:manage", async (request, access, params) => {
  const input = await parseJsonBody(request, invitationsInput);
  const segment = {
    department: input.department || undefined,
    role: input.role || undefined,
    level: input.level,
    count: input.count,
  };
  const tokens = await createInvitations(access, params.wave, segment);
  const wave = await waveOf(access, params.wave);
  const csv = formulaSafeCsv(
    ["link", "department", "role", "level"],
    tokens.map((token) => [appLink(`/s/${token}`), segment.department ?? "", segment.role ?? "", segment.level ?? ""]),
  );
  return new Response(csv, {
    status: 201,
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${invitationFileName(wave.name)}"`,
    },
  });
});
