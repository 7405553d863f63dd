/**
 * Maps any thrown error to an RFC 9457 problem+json response, in one place. Unknown errors become a
 * 500 with no internals in the body (they are logged on the server).
 */
import { ZodError } from "zod";
import { AppError, RateLimitedError } from "@/lib/errors";
import { fieldOf } from "./parse-input";

export type Problem = { type: string; title: string; status: number; detail: string; field?: string; [extension: string]: unknown };

export function toProblem(error: unknown): Problem {
  if (error instanceof AppError) {
    return { type: "about:blank", title: error.title, status: error.status, detail: error.detail, ...(error.field ? { field: error.field } : {}), ...error.extensions };
  }
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    return { type: "about:blank", title: "Invalid input", status: 400, detail: issue?.message ?? "Invalid input", field: issue ? fieldOf(issue) : undefined };
  }
  console.error(error);
  return { type: "about:blank", title: "Internal error", status: 500, detail: "Something went wrong on our side. Please try again." };
}

export function problemResponse(error: unknown): Response {
  const problem = toProblem(error);
  const headers: Record<string, string> = { "content-type": "application/problem+json" };
  if (error instanceof RateLimitedError) headers["retry-after"] = String(error.retryAfterSeconds);
  return new Response(JSON.stringify(problem), { status: problem.status, headers });
}
