/** What story routes accept. */
import { z } from "zod";
import { STORY_SOURCES } from "@/lib/model/rules/references";

/** A photo travels as a data URL of a small PNG, JPEG or WebP (the page shrinks it before sending). */
export const MAX_PHOTO_CHARS = 200_000;

export const storyInput = z.object({
  customer: z.string().trim().min(1, "Name the customer (or give a pseudonym)").max(200),
  pseudonym: z.boolean().default(false),
  narrative: z
    .string()
    .trim()
    .min(10, "Tell what happened, in the customer's words (at least 10 characters)")
    .max(4000),
  stage: z.string().max(100).nullable().default(null),
  roles: z.array(z.string().min(1).max(100)).max(100).default([]),
  sentiment: z.enum(["positive", "negative"], { message: "Positive or negative" }),
  source: z.enum(STORY_SOURCES, { message: "Interview, complaint, ride-along or workshop" }),
  photo: z
    .string()
    .max(MAX_PHOTO_CHARS, "The photo is too large (about 150 KB at most)")
    .regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/, "A PNG, JPEG or WebP photo")
    .nullable()
    .default(null),
});

export type StoryInput = z.infer<typeof storyInput>;
