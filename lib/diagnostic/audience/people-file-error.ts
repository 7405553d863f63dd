import { AppError } from "@/lib/errors";
import { count } from "@/lib/text/plural";
import type { PeopleCsvProblem } from "./rules/parse-people-csv";

/** A people list refused whole: every problem (up to the reported maximum) travels in `errors`. */
export class PeopleFileError extends AppError {
  constructor(problems: PeopleCsvProblem[], total: number) {
    const first = problems[0]!;
    super(
      400,
      "Invalid people list",
      `The list was refused: ${count(total, "problem")}, first on line ${first.line}${first.column ? ` (${first.column}${first.value ? ` “${first.value}”` : ""})` : ""}: ${first.message}. Nothing was saved.`,
      first.column || "body",
      { errors: problems, total },
    );
  }
}
