import { parseJsonBody } from "@/lib/http/parse-input";
import { publicRoute } from "@/lib/access/route-gates";
import { passwordWithLinkInput } from "@/lib/users/input";
import { completeSignUp } from "@/lib/users/complete-sign-up";

/** Sign-up, step two: the mailed link and a password create the account. */
export const POST = publicRoute(async (request, db) =>
  completeSignUp(db, await parseJsonBody(request, passwordWithLinkInput)),
);
