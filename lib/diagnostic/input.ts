/** What the diagnostic's routes accept: waves, invitations, results queries, instrument copies and the respondent's pages. */
import { z } from "zod";
import { calendarDay } from "@/lib/validation/database-ranges";
import { DIMENSIONS } from "./instrument-schema";
import { LEVELS } from "./rules/scoring";

const day = calendarDay("Use a date (YYYY-MM-DD)");
const keys = z.array(z.string().trim().min(1).max(100)).max(500);

export const waveInput = z.object({
  name: z.string().trim().min(2, "Give the wave a name").max(120),
  instrumentId: z.string().min(1).max(100).optional(),
  k: z.number().int().min(3, "k is at least 3").max(50).default(5),
  audienceDepartments: keys.default([]),
  audienceRoles: keys.default([]),
  /** Links work from the start of this day (UTC)… */
  opensOn: day.optional(),
  /** …to the end of this one. */
  closesOn: day.optional(),
  sharedLinkMode: z.enum(["verified", "open"]).default("verified"),
  resultsRelease: z.enum(["after_close", "snapshots"]).default("after_close"),
});

export const invitationsInput = z.object({
  department: z.string().max(100).optional(),
  role: z.string().max(100).optional(),
  level: z.enum(LEVELS).optional(),
  count: z.number().int().min(1, "At least one").max(5000, "At most 5000 at a time"),
});

export const resultsQuery = z.object({
  by: z.enum(["department", "role", "level"]).optional(),
  format: z.enum(["json", "csv"]).default("json"),
});

export const copyInstrumentInput = z.object({ name: z.string().trim().min(1, "Give the copy a name").max(200) });

const blankAsAbsent = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
export const segmentInput = z.object({
  department: z.preprocess(blankAsAbsent, z.string().trim().min(1).max(100).optional()),
  role: z.preprocess(blankAsAbsent, z.string().trim().min(1).max(100).optional()),
  level: z.enum(LEVELS).optional(),
});

/** What a respondent states on the first page of a shared link or personal link (level required). */
export const statedSegmentInput = segmentInput.extend({
  level: z.enum(LEVELS, { message: "Choose leader, manager or frontline" }),
});

export const answersInput = z.object({
  answers: z
    .record(z.string().max(100), z.union([z.number().int().min(1).max(5), z.null()]))
    .refine((a) => Object.keys(a).length <= 500, "Too many answers"),
  comments: z
    .partialRecord(z.enum(DIMENSIONS), z.string().max(2000, "A comment is at most 2000 characters"))
    .optional(),
});

export const personalLinkInput = z.object({
  email: z.email("Enter your work email address").trim().toLowerCase().max(320),
});
