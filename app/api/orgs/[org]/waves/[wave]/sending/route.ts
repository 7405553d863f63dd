import { sendInput } from "@/lib/diagnostic/audience/input";
import { requestSend } from "@/lib/diagnostic/audience/request-send";
import { wakeSender } from "@/lib/diagnostic/audience/sending/sender";
import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";

/** Queue the invitations (new people, or a retry of failed ones); the server's sender mails them. */
export const POST = orgRoute<{ org: string; wave: string }>("diagnostic:manage", async (request, access, params) => {
  const { send } = await parseJsonBody(request, sendInput);
  const result = await requestSend(access, params.wave, send);
  wakeSender(access.db);
  return result;
});
