import { mailingInput } from "@/lib/diagnostic/audience/input";
import { scheduleMailing } from "@/lib/diagnostic/audience/schedule-mailing";
import { wakeSender } from "@/lib/diagnostic/audience/sending/sender";
import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";

/** Send the invitations or a reminder now, or set them for a time (`at`); the server's sender mails them. */
export const POST = orgRoute<{ org: string; wave: string }>("diagnostic:manage", async (request, access, params) => {
  const result = await scheduleMailing(access, params.wave, await parseJsonBody(request, mailingInput));
  if (new Date(result.sendAt).getTime() <= Date.now()) wakeSender(access.db);
  return result;
});
