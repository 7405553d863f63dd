/** Invitation links are mailed links like the account ones: a random token, only its hash stored. */
export { hashLinkToken as hashInvitationToken, newLinkToken as newInvitationToken } from "@/lib/users/link-token";

export const INVITATION_LIFETIME_DAYS = 14;
