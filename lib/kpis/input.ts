/** What the KPI readings routes accept. */
import { z } from "zod";
import { PERIOD_PATTERN } from "@/lib/model/model-schema";

const blank = (value: unknown) => (value === "" || value === null ? undefined : value);
const measured = z
  .number({ message: "Enter a number" })
  .finite()
  .min(-1e15, "At least -10^15")
  .max(1e15, "At most 10^15");

/** One month's reading of a KPI: the month (YYYY-MM), the value, optionally the target and the department. */
export const kpiReadingInput = z.object({
  period: z.string().regex(PERIOD_PATTERN, "Choose a month (YYYY-MM)"),
  value: measured,
  target: z.preprocess(blank, measured.optional()),
  department: z.preprocess(blank, z.string().min(1).max(100).optional()),
});
export type KpiReadingInput = z.infer<typeof kpiReadingInput>;

/** How a CSV file of readings meets the readings already kept. */
export const readingsCsvQuery = z.object({
  mode: z.enum(["merge", "replace"], { message: 'Choose "merge" or "replace"' }),
});
