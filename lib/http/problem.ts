/**
 * Maps any thrown error to an RFC 9457 problem+json response, in one place: the app's error family,
 * zod errors, and database errors (a duplicate key → 409, a value the column cannot take → 400, a
 * database that cannot be reached or is too slow → 503 with Retry-After). Unknown errors become a 500
 * with no internals in the body (they are logged on the server).
 */
import { ZodError } from "zod";
import { classifyDatabaseError } from "@/lib/db/database-error";
import { AppError, ConflictError, RateLimitedError, ServiceUnavailableError, ValidationError } from "@/lib/errors";
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from "@/lib/server/database-availability.mjs";
import { fieldOf } from "./parse-input";

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  field?: string;
  [extension: string]: unknown;
};

/** The error as one of the app's own, or null when it is unexpected. */
export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    return new ValidationError(issue ? fieldOf(issue) : "body", issue?.message ?? "Invalid input");
  }
  const failure = classifyDatabaseError(error);
  switch (failure?.kind) {
    case "duplicate":
      return new ConflictError(
        failure.field ? `Another item already has this ${failure.field}.` : "This already exists.",
        failure.field,
      );
    case "bad-value":
      return new ValidationError("body", "A value is too long, out of range or not valid text.");
    case "write-conflict":
      return new ConflictError("Someone else changed this at the same moment. Reload and try again.");
    case "unavailable":
      return new ServiceUnavailableError(DATABASE_RETRY_AFTER_SECONDS);
  }
  // An unexpected error while the database is known to be down is most likely caused by it.
  if (isDatabaseUnavailable()) return new ServiceUnavailableError(DATABASE_RETRY_AFTER_SECONDS);
  return null;
}

function problemOf(known: AppError | null, error: unknown): Problem {
  if (known) {
    return {
      type: "about:blank",
      title: known.title,
      status: known.status,
      detail: known.detail,
      ...(known.field ? { field: known.field } : {}),
      ...known.extensions,
    };
  }
  console.error(error);
  return {
    type: "about:blank",
    title: "Internal error",
    status: 500,
    detail: "Something went wrong on our side. Please try again.",
  };
}

export function toProblem(error: unknown): Problem {
  return problemOf(toAppError(error), error);
}

export function problemResponse(error: unknown): Response {
  const known = toAppError(error);
  const problem = problemOf(known, error);
  const headers: Record<string, string> = { "content-type": "application/problem+json", "cache-control": "no-store" };
  if (known instanceof RateLimitedError || known instanceof ServiceUnavailableError)
    headers["retry-after"] = String(known.retryAfterSeconds);
  return new Response(JSON.stringify(problem), { status: problem.status, headers });
}
