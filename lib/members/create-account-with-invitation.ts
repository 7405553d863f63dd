/** An invited address with no account yet gets one and joins the organisation. */
import type { Db } from "@/lib/db/types";
import { isUniqueViolation, retryOnWriteConflict } from "@/lib/db/write-conflicts";
import type { InvitationAccountInput } from "@/lib/users/input";
import { retireAccountLinks } from "@/lib/users/account-links";
import { hashPassword } from "@/lib/auth/password";
import { accountExists, joinWithInvitation, openInvitation } from "./join-with-invitation";

/**
 * Creates the account of an invited address that has none: the link proved the inbox, so the account needs
 * no further check, and it joins the organisation at once.
 */
export async function createAccountWithInvitation(
  db: Db,
  input: InvitationAccountInput,
): Promise<{ email: string; organisation: string }> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await retryOnWriteConflict(() =>
      db.$transaction(async (tx) => {
        const invitation = await openInvitation(tx, input.token);
        if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } }))
          throw accountExists();
        const user = await tx.user.create({
          data: { email: invitation.email, name: input.name, passwordHash },
          select: { id: true, email: true, name: true },
        });
        await retireAccountLinks(tx, "sign_up", user.email);
        const { organisation } = await joinWithInvitation(tx, user, input.token);
        return { email: user.email, organisation };
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw accountExists();
    throw error;
  }
}
