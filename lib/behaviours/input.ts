/** What behaviour routes accept: a definition's words, a new behaviour, an edit and a status change. */
import { z } from "zod";
import { pgInt } from "@/lib/validation/database-ranges";
import { BEHAVIOUR_STATUSES } from "@/lib/model/model-schema";

/** Blank means "not given". */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optionalText = z.preprocess(blankToUndefined, z.string().trim().max(4000, "At most 4000 characters").optional());

/** The words of a behaviour definition, as an editor saves them. */
export const behaviourContentInput = z.object({
  action: z
    .string()
    .trim()
    .min(10, "Describe the action in at least 10 characters: what would someone see this person do?")
    .max(4000, "At most 4000 characters"),
  why: optionalText,
  evidence: optionalText,
  objectives: z.array(z.string().min(1).max(100)).max(50).default([]),
});

export const createBehaviourInput = behaviourContentInput.extend({
  role: z.string().min(1, "Choose a role").max(100),
  stage: z.string().min(1, "Choose a stage").max(100),
});

export const updateBehaviourInput = behaviourContentInput.extend({
  /** The version the editor started from: a save over a newer version is refused (409). */
  expectedVersion: pgInt().positive(),
});

export const transitionBehaviourInput = z.object({
  to: z.enum(BEHAVIOUR_STATUSES),
  comment: z.preprocess(blankToUndefined, z.string().trim().max(2000, "At most 2000 characters").optional()),
  expectedVersion: pgInt().positive(),
});

export type BehaviourContent = z.infer<typeof behaviourContentInput>;
