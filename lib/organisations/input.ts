/**
 * What organisation routes accept: a new organisation's name and industry, a new name, a new industry, the
 * work email domains.
 */
import { z } from "zod";
import { INDUSTRIES } from "@/lib/setup/rules/industries";

export const industry = z.enum(INDUSTRIES, {
  error: (issue) => `Choose one of the industries listed (found ${JSON.stringify(issue.input)})`,
});

export const createOrganisationInput = z.object({
  name: z.string().trim().min(2, "Name must be at least 2 characters").max(120, "Name must be at most 120 characters"),
  /** Left out: "general", the templates that assume no industry. */
  industry: industry.optional(),
});

export const industryInput = z.object({ industry });

export const renameOrganisationInput = z.object({
  name: z.string().trim().min(2, "Name must be at least 2 characters").max(120, "Name must be at most 120 characters"),
});

const domain = z
  .string()
  .trim()
  .toLowerCase()
  .transform((value) => value.replace(/^@/, ""))
  .pipe(
    z
      .string()
      .regex(
        /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
        "Write a domain such as harbour.example",
      ),
  );

export const workEmailDomainsInput = z.object({ domains: z.array(domain).max(20, "At most 20 domains") });
