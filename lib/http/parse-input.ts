import type { z } from "zod";
import { ValidationError } from "@/lib/errors";

export function fieldOf(issue: { path: PropertyKey[] }): string {
  return issue.path.map(String).join(".") || "body";
}

/** Parses a value with a zod schema; the first problem becomes a 400 naming its field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ValidationError(fieldOf(issue), issue.message);
  }
  return result.data;
}

export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new ValidationError("body", "The request body must be JSON.");
  }
  return parseInput(schema, body);
}
