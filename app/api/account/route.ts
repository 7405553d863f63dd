import { parseJsonBody } from "@/lib/http/parse-input";
import { publicRoute } from "@/lib/http/route-handlers";
import { signUpInput } from "@/lib/users/account-input";
import { createAccount } from "@/lib/users/create-account";

/** Create an account (optionally accepting an invitation). */
export const POST = publicRoute(async (request, db) => {
  const input = await parseJsonBody(request, signUpInput);
  return createAccount(db, input);
});
