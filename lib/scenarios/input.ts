/** What the scenario routes accept. */
import { z } from "zod";
import { KPI_CATEGORIES, KPI_DIRECTIONS, KPI_HORIZONS } from "@/lib/model/model-schema";
import { calendarDay } from "@/lib/validation/database-ranges";
import { MAX_SCENARIO_EDITS, scenarioEditSchema } from "./rules/scenario-schema";

const name = z.string().trim().min(1, "Give the scenario a name").max(200, "At most 200 characters");
const edits = z.array(scenarioEditSchema).max(MAX_SCENARIO_EDITS, `At most ${MAX_SCENARIO_EDITS} changes`);

export const scenarioCreateInput = z.strictObject({ name, edits: edits.default([]) });

export const scenarioUpdateInput = z
  .strictObject({ name: name.optional(), edits: edits.optional(), shared: z.boolean().optional() })
  .refine((u) => u.name !== undefined || u.edits !== undefined || u.shared !== undefined, {
    message: "Change the name, the changes or who can see the scenario",
    path: ["name"],
  });

/** A draft's edits, previewed before it is saved. */
export const scenarioPreviewInput = z.strictObject({ edits });

/** The action item a scenario becomes: its title is the scenario's name unless one is given. */
export const scenarioActionInput = z.strictObject({
  title: z.string().trim().min(3, "Give the action a title").max(200, "At most 200 characters").optional(),
  owner: z.email("Choose an owner").optional(),
  due: calendarDay("A due date as YYYY-MM-DD").optional(),
});

/** `/scenarios/new?kpi=aht`: the KPI the new scenario starts from. */
export const newScenarioQuery = z.object({ kpi: z.string().max(100).optional() });

export type ScenarioCreateInput = z.infer<typeof scenarioCreateInput>;
export type ScenarioUpdateInput = z.infer<typeof scenarioUpdateInput>;

/** `?q=` of the behaviour search in the scenario editor. */
export const behaviourSearchInput = z.object({ q: z.string().max(200, "q: at most 200 characters.").default("") });

/**
 * `?for=kpi&q=…`, `?for=source&q=…`, `?for=role&q=…` or `?for=department&q=…`: what the scenario editor
 * searches for a change (a KPI; what influences a behaviour: a KPI, process or system; a role a new KPI
 * measures; the department a new KPI belongs to).
 */
export const scenarioChoicesQuery = z.object({
  for: z.enum(["kpi", "source", "role", "department"], {
    message: 'Search for "kpi", "source", "role" or "department"',
  }),
  q: z.string().max(200, "At most 200 characters").default(""),
});

const keyOf = z.string().max(100, "At most 100 characters");
/**
 * A new KPI as the editor's form drafts it, with the scenario's edits so far (the KPIs they add are taken
 * too): the server names it and gives it a key, since only it knows every KPI of a large model.
 */
export const newKpiInput = z.strictObject({
  kpi: z.strictObject({
    // Blank and too long are said by newKpiEdit, in the form's words; this only bounds what is read.
    name: z.string().max(10_000, "At most 200 characters"),
    department: keyOf,
    payLinked: z.boolean(),
    direction: z.enum(KPI_DIRECTIONS, { message: "Choose whether higher or lower is better" }),
    horizon: z.enum(KPI_HORIZONS, { message: "Choose the short or the long term" }),
    category: z.enum(KPI_CATEGORIES, { message: "Choose what kind of KPI it is" }),
    definition: z.string().max(4000, "At most 4000 characters").default(""),
    measuredRoles: z.array(keyOf).max(1000, "At most 1000 roles").default([]),
    counters: z.array(keyOf).max(1000, "At most 1000 counters").default([]),
  }),
  edits: edits.default([]),
});
export type NewKpiInput = z.infer<typeof newKpiInput>;
