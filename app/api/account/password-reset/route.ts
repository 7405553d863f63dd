import { parseJsonBody } from "@/lib/http/parse-input";
import { publicRoute } from "@/lib/access/route-gates";
import { passwordResetRequestInput } from "@/lib/users/input";
import { requestPasswordReset } from "@/lib/users/request-password-reset";
import { accountMailSource, CHECK_YOUR_INBOX } from "@/lib/users/request-source";

/** "Forgot password": mails a link to choose a new one. The same answer whether or not the address has an account. */
export const POST = publicRoute(async (request, db) => {
  const input = await parseJsonBody(request, passwordResetRequestInput);
  await requestPasswordReset(db, input, accountMailSource(request));
  return Response.json(CHECK_YOUR_INBOX, { status: 202 });
});
