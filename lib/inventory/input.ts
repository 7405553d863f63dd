/** What inventory routes accept: KPIs, processes, systems and influences. */
import { z } from "zod";
import {
  INFLUENCE_EFFECTS,
  KPI_CATEGORIES,
  KPI_DIRECTIONS,
  KPI_HORIZONS,
  KPI_LINK_EFFECTS,
} from "@/lib/model/model-schema";
import { influenceSourceRef } from "@/lib/model/rules/references";

const blank = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const key = z.string().min(1).max(100);

export const kpiInput = z.object({
  name: z.string().trim().min(2, "Enter the KPI's name").max(200),
  definition: z.preprocess(blank, z.string().trim().max(2000).optional()),
  unit: z.preprocess(blank, z.string().trim().max(40).optional()),
  direction: z.enum(KPI_DIRECTIONS, { message: "Choose higher, lower or a target band" }),
  department: key,
  measuredRoles: z.array(key).max(500).default([]),
  payLinked: z.boolean(),
  horizon: z.enum(KPI_HORIZONS),
  category: z.enum(KPI_CATEGORIES),
});

export const processInput = z.object({ name: z.string().trim().min(2).max(200), department: key });

export const systemInput = z.object({
  name: z.string().trim().min(2).max(200),
  trainedShare: z.number().min(0, "A share from 0 to 1").max(1, "A share from 0 to 1").optional(),
  peopleSpend: z.number().nonnegative().optional(),
  technologySpend: z.number().nonnegative().optional(),
});

export const influenceInput = z.object({
  source: influenceSourceRef('A source like "kpi:<key>"'),
  behaviour: key,
  effect: z.union([z.enum(INFLUENCE_EFFECTS), z.literal("none")]),
  // Left out (the matrix only says which way), an influence keeps its strength; a new one gets 2.
  strength: z.number().int().min(1, "1, 2 or 3").max(3, "1, 2 or 3").optional(),
  why: z.preprocess(blank, z.string().trim().max(2000).optional()),
});

/** A process's or a system's new name. */
export const renameInventoryItemInput = z.object({ name: z.string().trim().min(2, "At least 2 characters").max(200) });

/** A KPI that catches the damage the KPI of the page can do. */
export const kpiCounterInput = z.object({ counter: key });
/** A link from the KPI of the page to another KPI. */
export const kpiLinkInput = z.object({
  to: key,
  effect: z.enum(KPI_LINK_EFFECTS, { message: 'Choose "reinforces" or "trades off"' }),
});
