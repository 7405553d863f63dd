import { parseJsonBody } from "@/lib/http/parse-input";
import { publicRoute } from "@/lib/access/route-gates";
import { signUpRequestInput } from "@/lib/users/input";
import { requestSignUp } from "@/lib/users/request-sign-up";
import { accountMailSource, CHECK_YOUR_INBOX } from "@/lib/users/request-source";

/** Sign-up, step one: mails a link to finish. The same answer whether or not the address has an account. */
export const POST = publicRoute(async (request, db) => {
  const input = await parseJsonBody(request, signUpRequestInput);
  await requestSignUp(db, input, accountMailSource(request));
  return Response.json(CHECK_YOUR_INBOX, { status: 202 });
});
