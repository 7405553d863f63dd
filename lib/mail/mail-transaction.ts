/**
 * Options for a transaction that ends by sending mail: the mail is its last step, so a refused mail rolls
 * back what it was about (a link nobody received is never kept). Longer than Prisma's 5 s default because
 * a mail server may take seconds to answer.
 */
export const MAIL_TRANSACTION = { timeout: 30_000, maxWait: 10_000 } as const;
