/** What obstacle routes accept: a report (by link or from the app), its triage, an answer. */
import { z } from "zod";
import { influenceSourceRef } from "@/lib/model/rules/references";

export const OBSTACLE_KINDS = ["process", "form", "system", "measure"] as const;

const blank = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const key = z.string().min(1).max(100);

/** What anyone with the obstacle link sends (the words the reporter sees come from messages/*.json). */
export const obstacleReportInput = z.object({
  kind: z.enum(OBSTACLE_KINDS, { message: "Choose a process, a form, a system or a measure" }),
  title: z.string().trim().min(3, "Name what gets in the way (at least 3 characters)").max(200),
  effect: z.string().trim().min(10, "Say what it does to the customer (at least 10 characters)").max(2000),
  stage: z.preprocess(blank, key.optional()),
});
export type ObstacleReportInput = z.infer<typeof obstacleReportInput>;

/** A member's report from the app: optionally whose work it is, and whether to put their name on it. */
export const memberObstacleReportInput = obstacleReportInput.extend({
  department: z.preprocess(blank, key.optional()),
  named: z.boolean().default(false),
});
export type MemberObstacleReportInput = z.infer<typeof memberObstacleReportInput>;

const answer = z.string().trim().min(3, "Write the answer (at least 3 characters)").max(2000);

/** Answering the reporter, and (owners) saying whose work it is. Either or both. */
export const obstacleAnswerInput = z
  .object({ answer: answer.optional(), department: z.preprocess(blank, key.nullable().optional()) })
  .refine((v) => v.answer !== undefined || v.department !== undefined, {
    message: "Send an answer or a department",
    path: ["answer"],
  });

/** What triage makes of a report; an answer to the reporter may come with it (declining needs one). */
export const obstacleTriageInput = z.discriminatedUnion("outcome", [
  z.object({
    outcome: z.literal("process"),
    name: z.string().trim().min(2).max(200),
    department: key,
    answer: answer.optional(),
  }),
  z.object({ outcome: z.literal("system"), name: z.string().trim().min(2).max(200), answer: answer.optional() }),
  z.object({
    outcome: z.literal("influence"),
    source: influenceSourceRef('A source like "process:<key>"'),
    behaviour: key,
    strength: z.number().int().min(1, "1, 2 or 3").max(3, "1, 2 or 3").optional(),
    answer: answer.optional(),
  }),
  z.object({ outcome: z.literal("merge"), into: z.string().min(1).max(100), answer: answer.optional() }),
  z.object({ outcome: z.literal("decline"), answer }),
]);
export type ObstacleTriageInput = z.infer<typeof obstacleTriageInput>;

/**
 * `?for=source&q=…` or `?for=behaviour&q=…&stage=…`: what the triage form searches for an obstructs
 * influence — what obstructs (a process, system or KPI) or the behaviour it obstructs (at the report's stage).
 */
export const triageChoicesQuery = z.object({
  for: z.enum(["source", "behaviour"], { message: 'Search for "source" or "behaviour"' }),
  q: z.string().max(200, "At most 200 characters").default(""),
  stage: z.preprocess(blank, key.optional()),
});
export type TriageChoicesQuery = z.infer<typeof triageChoicesQuery>;
