/**
 * The one error family of the app. Every error a user may see carries its HTTP status and a message
 * written for them; route handlers map it to problem+json in one place (lib/http/problem.ts).
 */
export class AppError extends Error {
  constructor(
    public readonly status: number,
    public readonly title: string,
    public readonly detail: string,
    public readonly field?: string,
    /** Extra members of the problem document (e.g. every error of a refused import). */
    public readonly extensions?: Record<string, unknown>,
  ) {
    super(detail);
    this.name = "AppError";
  }
}

export class ValidationError extends AppError {
  constructor(field: string, detail: string) {
    super(400, "Invalid input", detail, field);
  }
}

export class UnauthenticatedError extends AppError {
  constructor() {
    super(401, "Sign-in required", "Sign in to continue.");
  }
}

export class ForbiddenError extends AppError {
  constructor(detail = "Your role in this organisation does not allow this.") {
    super(403, "Forbidden", detail);
  }
}

/** Also used for resources of organisations the user does not belong to, so their existence is not revealed. */
export class NotFoundError extends AppError {
  constructor(what = "Page") {
    super(404, "Not found", `${what} not found.`);
  }
}

export class ConflictError extends AppError {
  constructor(detail: string, field?: string) {
    super(409, "Conflict", detail, field);
  }
}

/** The mail server refused or did not answer; nothing that depended on the mail was kept. */
export class MailDeliveryError extends AppError {
  constructor() {
    super(503, "Mail not sent", "We could not send the email just now. Please try again in a few minutes.");
  }
}

/** "1 minute", "15 minutes": how long to wait, for people. */
export function waitInWords(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

export class RateLimitedError extends AppError {
  constructor(
    public readonly retryAfterSeconds: number,
    detail = `Too many failed sign-in attempts. Try again in ${waitInWords(retryAfterSeconds)}.`,
  ) {
    super(429, "Too many attempts", detail);
  }
}

/** A request body over the size its address accepts (checked while reading, before any of it is used). */
export class PayloadTooLargeError extends AppError {
  constructor(limitDescription: string) {
    super(
      413,
      "Payload too large",
      `The request body is larger than the ${limitDescription} this address accepts.`,
      "body",
    );
  }
}

/** A body in a format this address does not take (e.g. JSON sent to a CSV import, a form sent where JSON is expected). */
export class UnsupportedMediaTypeError extends AppError {
  constructor(expected: string) {
    super(415, "Unsupported media type", `Send the request body as ${expected}.`, "content-type");
  }
}

/** The database does not answer (stopped, unreachable, overloaded or too slow): try again shortly. */
export class ServiceUnavailableError extends AppError {
  constructor(
    public readonly retryAfterSeconds: number,
    detail = "The service cannot reach its database just now. Please try again in a few seconds.",
  ) {
    super(503, "Service unavailable", detail);
  }
}

export class CrossOriginError extends AppError {
  constructor() {
    super(403, "Cross-origin request refused", "This request did not come from this site.");
  }
}

/** A refused model file: every problem, each with its path and line (nothing was written). */
export class ModelFileError extends AppError {
  constructor(errors: { path: string; message: string; line: number; column: number }[]) {
    const first = errors[0];
    super(
      400,
      "Invalid model file",
      `The file was refused: ${errors.length} problem${errors.length === 1 ? "" : "s"}${first ? `, first at line ${first.line}: ${first.path}: ${first.message}` : ""}. Nothing was imported.`,
      first?.path,
      { errors },
    );
  }
}
