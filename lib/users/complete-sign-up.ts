import type { Db } from "@/lib/db/types";
import { isUniqueViolation, retryOnWriteConflict } from "@/lib/db/write-conflicts";
import { ConflictError } from "@/lib/errors";
import type { PasswordWithLinkInput } from "./input";
import { retireAccountLinks, useAccountLink } from "./account-links";
import { hashPassword } from "@/lib/auth/password";

const alreadyThere = () =>
  new ConflictError(
    "There is already an account for this email address. Sign in, or choose a new password from the sign-in page.",
  );

/** Sign-up, step two: the mailed link proved the address, so the account is created with the chosen password. */
export async function completeSignUp(db: Db, input: PasswordWithLinkInput): Promise<{ email: string }> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await retryOnWriteConflict(() =>
      db.$transaction(async (tx) => {
        const link = await useAccountLink(tx, "sign_up", input.token);
        if (await tx.user.findUnique({ where: { email: link.email }, select: { id: true } })) throw alreadyThere();
        await tx.user.create({ data: { email: link.email, name: link.name ?? link.email, passwordHash } });
        await retireAccountLinks(tx, "sign_up", link.email);
        return { email: link.email };
      }),
    );
  } catch (error) {
    // Two sign-up links of one address used at the same moment: the second finds the account made.
    if (isUniqueViolation(error)) throw alreadyThere();
    throw error;
  }
}
