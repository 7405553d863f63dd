import { parseJsonBody } from "@/lib/http/parse-input";
import { publicRoute } from "@/lib/access/route-gates";
import { passwordWithLinkInput } from "@/lib/users/input";
import { signInSource } from "@/lib/users/request-source";
import { resetPassword } from "@/lib/users/reset-password";

/** A new password with the mailed link; every session of the account ends. */
export const POST = publicRoute(async (request, db) => {
  const result = await resetPassword(db, await parseJsonBody(request, passwordWithLinkInput), signInSource(request));
  return Response.json(result);
});
