/** Whether a write failed on a unique index (Prisma P2002): two simultaneous creations of the same thing. */
export function isUniqueViolation(error: unknown): boolean {
  return codeOf(error) === "P2002";
}

/**
 * Runs a transaction again when the database aborted it for a write conflict or deadlock with a simultaneous
 * one (Prisma P2034): on the next run it sees what the other committed and answers accordingly.
 */
export async function retryOnWriteConflict<T>(transaction: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      if (attempt >= attempts || codeOf(error) !== "P2034") throw error;
    }
  }
}

const codeOf = (error: unknown) =>
  typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
