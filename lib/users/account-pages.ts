/** Reads the account pages make before anyone is signed in (the mailed link's token is the key). */
import "server-only";
import { db } from "@/lib/db/client";
import { findOpenAccountLink } from "./account-links";

export const lookUpSignUpLink = (token: string) => findOpenAccountLink(db, "sign_up", token);
export const lookUpPasswordResetLink = (token: string) => findOpenAccountLink(db, "password_reset", token);
