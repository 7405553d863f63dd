import { ROLE_FOR_YOU, ROLE_LABELS, type MemberRole } from "@/lib/access/roles";
import { INVITATION_LIFETIME_DAYS } from "./invitation-token";

/** The invitation mail: who invites, to what, as what, and the link that accepts. */
export function invitationMail(input: {
  inviterName: string;
  organisationName: string;
  role: MemberRole;
  link: string;
}): { subject: string; text: string } {
  return {
    subject: `${input.inviterName} invited you to ${input.organisationName} on Throughline`,
    text: [
      "Hello,",
      "",
      `${input.inviterName} invited you to join ${input.organisationName} on Throughline as ${ROLE_LABELS[input.role].toLowerCase()}.`,
      ROLE_FOR_YOU[input.role],
      "",
      "To accept, open this link:",
      "",
      input.link,
      "",
      `The link works for ${INVITATION_LIFETIME_DAYS} days. If you have no Throughline account yet, you can create one there.`,
      "",
      "If you were not expecting this, you can ignore this email.",
      "",
      "— Throughline",
    ].join("\n"),
  };
}
