import { expect } from "vitest";
import { AppError } from "@/lib/errors";

/** The AppError a promise is refused with (fails the test if it resolves or throws something else). */
export async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => new Error("expected a refusal"),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
