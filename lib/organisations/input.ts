/** What organisation routes accept: a new organisation's name, a new name, the work email domains. */
import { z } from "zod";

export const createOrganisationInput = z.object({
  name: z.string().trim().min(2, "Name must be at least 2 characters").max(120, "Name must be at most 120 characters"),
});

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
