/**
 * The `throughline.model/1` interchange format (DESIGN §7): the structure of each section. References
 * between sections are checked by validate-model.ts.
 */
import { z } from "zod";
import { calendarDay, pgInt } from "@/lib/validation/database-ranges";
import { influenceSourceRef, STORY_SOURCES } from "./rules/references";

export const MODEL_FORMAT = "throughline.model/1";

const key = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/,
    "keys are 1–100 letters, digits, '-', '_' or '.', starting with a letter or digit",
  );
const name = z.string().trim().min(1, "must not be empty").max(200, "at most 200 characters");
const text = z.string().trim().min(1, "must not be empty").max(4000, "at most 4000 characters");
const isoDate = calendarDay("a date as YYYY-MM-DD");
const money = z.number().nonnegative("must not be negative").finite();

export const BEHAVIOUR_STATUSES = ["draft", "proposed", "approved", "retired"] as const;
export const KPI_DIRECTIONS = ["higher", "lower", "band"] as const;
export const KPI_HORIZONS = ["short", "long"] as const;
export const KPI_CATEGORIES = ["financial", "operational", "customer", "employee"] as const;
export const INFLUENCE_EFFECTS = ["supports", "obstructs"] as const;
export const INFLUENCE_SOURCE_KINDS = ["kpi", "process", "system"] as const;
export const KPI_LINK_EFFECTS = ["reinforces", "trades-off"] as const;

export const departmentSchema = z.strictObject({ key, name, parent: key.optional() });
export const roleSchema = z.strictObject({
  key,
  name,
  department: key,
  customerFacing: z.boolean(),
  headcount: pgInt("a whole number").nonnegative("must not be negative").optional(),
});
export const stageSchema = z.strictObject({ key, name });
export const touchpointSchema = z.strictObject({ role: key, stage: key });
export const objectiveSchema = z.strictObject({ key, name });
export const behaviourSchema = z.strictObject({
  key,
  role: key,
  stage: key,
  action: text,
  why: text.optional(),
  evidence: text.optional(),
  objectives: z.array(key).optional(),
  status: z.enum(BEHAVIOUR_STATUSES),
});
export const kpiSchema = z.strictObject({
  key,
  name,
  definition: text.optional(),
  unit: z.string().trim().max(40).optional(),
  direction: z.enum(KPI_DIRECTIONS),
  department: key,
  measuredRoles: z.array(key).optional(),
  payLinked: z.boolean(),
  horizon: z.enum(KPI_HORIZONS),
  category: z.enum(KPI_CATEGORIES),
  /** Keys of KPIs that catch the damage this one can do (a quality measure beside a speed measure). */
  counters: z.array(key).optional(),
});
export const processSchema = z.strictObject({ key, name, department: key });
export const systemSchema = z.strictObject({
  key,
  name,
  trainedShare: z.number().min(0, "a share from 0 to 1").max(1, "a share from 0 to 1").optional(),
  peopleSpend: money.optional(),
  technologySpend: money.optional(),
});
export const influenceSchema = z.strictObject({
  from: influenceSourceRef('must be "kpi:<key>", "process:<key>" or "system:<key>"'),
  to: key,
  effect: z.enum(INFLUENCE_EFFECTS),
  strength: z.number().int("1, 2 or 3").min(1, "1, 2 or 3").max(3, "1, 2 or 3"),
  why: text.optional(),
});
/** One KPI's effect on another (DESIGN §4.2): pushing `from` up helps `to`, or costs it. */
export const kpiLinkSchema = z.strictObject({ from: key, to: key, effect: z.enum(KPI_LINK_EFFECTS) });
/** A month as YYYY-MM, 01–12. */
export const PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
const measured = z.number().finite().min(-1e15, "at least -10^15").max(1e15, "at most 10^15");
/** A KPI's value for one month (DESIGN §4.2, §7), for the whole KPI or, with `department`, one department. */
export const kpiReadingSchema = z.strictObject({
  kpi: key,
  period: z.string().regex(PERIOD_PATTERN, "a month as YYYY-MM (month 01 to 12)"),
  value: measured,
  target: measured.optional(),
  department: key.optional(),
});
export const storySchema = z.strictObject({
  key,
  customer: name,
  narrative: text,
  stage: key.optional(),
  roles: z.array(key).optional(),
  sentiment: z.enum(["positive", "negative"]),
  source: z.enum(STORY_SOURCES),
  /** The customer's name is a pseudonym. */
  pseudonym: z.boolean().optional(),
});
export const exposureSchema = z.strictObject({
  role: key,
  kind: z.enum(["shift", "listening", "meeting"]),
  date: isoDate,
  people: pgInt().positive().optional(),
});
export const actionSchema = z.strictObject({
  key,
  title: name,
  owner: z.string().trim().max(320).optional(),
  due: isoDate.optional(),
  status: z.enum(["open", "in_progress", "done"]),
  finding: z.string().max(400).optional(),
});

/** An array of the file that may be left out: absent means empty (DESIGN §7). */
const list = <T extends z.ZodType>(item: T) => z.array(item).default(() => []);

export const MODEL_SECTIONS = {
  departments: departmentSchema,
  roles: roleSchema,
  stages: stageSchema,
  touchpoints: touchpointSchema,
  objectives: objectiveSchema,
  behaviours: behaviourSchema,
  kpis: kpiSchema,
  processes: processSchema,
  systems: systemSchema,
  influences: influenceSchema,
  kpiLinks: kpiLinkSchema,
  kpiReadings: kpiReadingSchema,
  stories: storySchema,
  exposures: exposureSchema,
  actions: actionSchema,
} as const;
export type ModelSection = keyof typeof MODEL_SECTIONS;

export const modelDocumentSchema = z.strictObject({
  format: z.literal(MODEL_FORMAT, { message: `must be "${MODEL_FORMAT}"` }),
  organisation: z.strictObject({ name }),
  departments: list(departmentSchema),
  roles: list(roleSchema),
  stages: list(stageSchema),
  touchpoints: list(touchpointSchema),
  objectives: list(objectiveSchema),
  behaviours: list(behaviourSchema),
  kpis: list(kpiSchema),
  processes: list(processSchema),
  systems: list(systemSchema),
  influences: list(influenceSchema),
  // Left out of the exported file when empty, so optional in the document's type as well.
  kpiLinks: z.array(kpiLinkSchema).optional(),
  kpiReadings: z.array(kpiReadingSchema).optional(),
  stories: z.array(storySchema).optional(),
  exposures: z.array(exposureSchema).optional(),
  actions: z.array(actionSchema).optional(),
});

export type ModelDocument = z.infer<typeof modelDocumentSchema>;
export type Department = z.infer<typeof departmentSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Behaviour = z.infer<typeof behaviourSchema>;
export type Kpi = z.infer<typeof kpiSchema>;
export type Process = z.infer<typeof processSchema>;
export type System = z.infer<typeof systemSchema>;
export type Influence = z.infer<typeof influenceSchema>;
export type KpiLink = z.infer<typeof kpiLinkSchema>;
export type KpiReading = z.infer<typeof kpiReadingSchema>;
export type KpiLinkEffect = (typeof KPI_LINK_EFFECTS)[number];
export type InfluenceSourceKind = (typeof INFLUENCE_SOURCE_KINDS)[number];
export type BehaviourStatus = (typeof BEHAVIOUR_STATUSES)[number];
