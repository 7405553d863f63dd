/** The 400 an instrument document with problems gets: every problem listed, by path. */
import { count } from "@/lib/text/plural";
import { AppError } from "@/lib/errors";

export class InstrumentFileError extends AppError {
  constructor(errors: { path: string; message: string }[]) {
    const first = errors[0]!;
    super(
      400,
      "Invalid instrument",
      `The instrument was refused: ${count(errors.length, "problem")}, first at ${first.path}: ${first.message}. Nothing was saved.`,
      first.path,
      { errors },
    );
  }
}
