import type { AccountLinkPurpose } from "@/lib/generated/prisma/client";
import type { DbTx } from "@/lib/db/types";
import { ValidationError } from "@/lib/errors";
import { hashLinkToken, newLinkToken } from "./link-token";

/** How long a mailed link works: a day to finish signing up, an hour to choose a new password. */
export const ACCOUNT_LINK_LIFETIME_MINUTES: Record<AccountLinkPurpose, number> = {
  sign_up: 24 * 60,
  password_reset: 60,
};

export async function createAccountLink(
  tx: DbTx,
  purpose: AccountLinkPurpose,
  email: string,
  name?: string,
): Promise<string> {
  const { token, tokenHash } = newLinkToken();
  const expiresAt = new Date(Date.now() + ACCOUNT_LINK_LIFETIME_MINUTES[purpose] * 60_000);
  await tx.accountLink.create({ data: { purpose, email, name: name ?? null, tokenHash, expiresAt } });
  return token;
}

export type OpenAccountLink = { email: string; name: string | null };

/** What a link's page may show: only while the link is unused and unexpired. */
export async function findOpenAccountLink(
  db: DbTx,
  purpose: AccountLinkPurpose,
  token: string,
): Promise<OpenAccountLink | null> {
  const link = await db.accountLink.findUnique({ where: { tokenHash: hashLinkToken(token) } });
  if (!link || link.purpose !== purpose || link.usedAt || link.expiresAt <= new Date()) return null;
  return { email: link.email, name: link.name };
}

export const usedLinkError = () =>
  new ValidationError(
    "token",
    "This link has expired or has already been used. Ask for a new one and use the latest email.",
  );

/** Uses the link up. Of two simultaneous uses only one succeeds: the second finds it used. */
export async function useAccountLink(tx: DbTx, purpose: AccountLinkPurpose, token: string): Promise<OpenAccountLink> {
  const now = new Date();
  const link = await tx.accountLink.findUnique({ where: { tokenHash: hashLinkToken(token) } });
  if (!link || link.purpose !== purpose || link.usedAt || link.expiresAt <= now) throw usedLinkError();
  const { count } = await tx.accountLink.updateMany({ where: { id: link.id, usedAt: null }, data: { usedAt: now } });
  if (count !== 1) throw usedLinkError();
  return { email: link.email, name: link.name };
}

/** Once one link of an address has done its job, the older ones stop working too. */
export async function retireAccountLinks(tx: DbTx, purpose: AccountLinkPurpose, email: string): Promise<void> {
  await tx.accountLink.updateMany({ where: { purpose, email, usedAt: null }, data: { usedAt: new Date() } });
}
