import { parseJsonBody } from "@/lib/http/parse-input";
import { publicRoute } from "@/lib/access/route-gates";
import { createAccountWithInvitation } from "@/lib/members/create-account-with-invitation";
import { invitationAccountInput } from "@/lib/users/input";

/** An invited address without an account: the mailed link, a name and a password create the account and join. */
export const POST = publicRoute(async (request, db) =>
  createAccountWithInvitation(db, await parseJsonBody(request, invitationAccountInput)),
);
