/** Who is acting: the signed-in user a session or a verified sign-in names. */
export type Actor = { id: string; email: string; name: string };
