/** What account routes accept: sign-up, password reset, a password with a mailed link, and invitation links. */
import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 10;

const email = z
  .email("Enter a valid email address")
  .trim()
  .toLowerCase()
  .max(320, "Email must be at most 320 characters");
const password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Password must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(200, "Password must be at most 200 characters");
const name = z.string().trim().min(1, "Enter your name").max(120, "Name must be at most 120 characters");
/** A mailed link's token (base64url); anything else is no link of ours. */
export const linkToken = z
  .string()
  .regex(/^[A-Za-z0-9_-]{20,100}$/, "This link is not complete. Open it from the email again.");

/** Sign-up asks only who you are; the password comes once the mailed link proves the address. */
export const signUpRequestInput = z.object({ name, email });
export const passwordResetRequestInput = z.object({ email });
/** Finishing sign-up, or choosing a new password, with a mailed link. */
export const passwordWithLinkInput = z.object({ token: linkToken, password });
/** Accepting an invitation with the link; a new account also gives a name and password. */
export const invitationInput = z.object({ token: linkToken });
export const invitationAccountInput = z.object({ token: linkToken, name, password });

export type SignUpRequestInput = z.infer<typeof signUpRequestInput>;
export type PasswordResetRequestInput = z.infer<typeof passwordResetRequestInput>;
export type PasswordWithLinkInput = z.infer<typeof passwordWithLinkInput>;
export type InvitationAccountInput = z.infer<typeof invitationAccountInput>;
