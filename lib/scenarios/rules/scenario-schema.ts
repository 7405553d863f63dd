/**
 * The `throughline.scenario/1` format (DESIGN §4.2 "What-if", §7 `whatif`): a list of edits to the model,
 * applied in order to a copy. The same document is what the app saves as a scenario.
 */
import { z } from "zod";
import { INFLUENCE_EFFECTS, KPI_LINK_EFFECTS, kpiSchema } from "@/lib/model/model-schema";
import { influenceSourceRef } from "@/lib/model/rules/references";

export const SCENARIO_FORMAT = "throughline.scenario/1";
export const MAX_SCENARIO_EDITS = 500;

const key = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/,
    "keys are 1–100 letters, digits, '-', '_' or '.', starting with a letter or digit",
  );
const source = influenceSourceRef('must be "kpi:<key>", "process:<key>" or "system:<key>"');
const strength = z.number().int("1, 2 or 3").min(1, "1, 2 or 3").max(3, "1, 2 or 3");
const why = z.string().trim().min(1, "must not be empty").max(4000, "at most 4000 characters");

export const scenarioEditSchema = z.discriminatedUnion(
  "edit",
  [
    /** The KPI stays, but no longer counts towards anyone's pay. */
    z.strictObject({ edit: z.literal("dropPayLink"), kpi: key }),
    z.strictObject({ edit: z.literal("addPayLink"), kpi: key }),
    /** The KPI goes, with its influences, its links and its place among other KPIs' counters. */
    z.strictObject({ edit: z.literal("removeKpi"), kpi: key }),
    /** A new KPI (to add it as a counter, follow with addCounter). */
    z.strictObject({ edit: z.literal("addKpi"), kpi: kpiSchema }),
    z.strictObject({ edit: z.literal("addCounter"), kpi: key, counter: key }),
    z.strictObject({ edit: z.literal("removeCounter"), kpi: key, counter: key }),
    /** Adds the influence, or changes the one already there. */
    z.strictObject({
      edit: z.literal("setInfluence"),
      from: source,
      to: key,
      effect: z.enum(INFLUENCE_EFFECTS),
      strength,
      why: why.optional(),
    }),
    z.strictObject({ edit: z.literal("removeInfluence"), from: source, to: key }),
    z.strictObject({ edit: z.literal("setKpiLink"), from: key, to: key, effect: z.enum(KPI_LINK_EFFECTS) }),
    z.strictObject({ edit: z.literal("removeKpiLink"), from: key, to: key }),
  ],
  {
    error: (issue) => (issue.code === "invalid_union" ? `must be one of ${SCENARIO_EDIT_KINDS.join(", ")}` : undefined),
  },
);

export const SCENARIO_EDIT_KINDS = [
  "dropPayLink",
  "addPayLink",
  "removeKpi",
  "addKpi",
  "addCounter",
  "removeCounter",
  "setInfluence",
  "removeInfluence",
  "setKpiLink",
  "removeKpiLink",
] as const;

export const scenarioSchema = z.strictObject({
  format: z.literal(SCENARIO_FORMAT, { message: `must be "${SCENARIO_FORMAT}"` }),
  name: z.string().trim().min(1, "must not be empty").max(200, "at most 200 characters").optional(),
  edits: z.array(scenarioEditSchema).max(MAX_SCENARIO_EDITS, `at most ${MAX_SCENARIO_EDITS} edits`),
});

export type ScenarioEdit = z.infer<typeof scenarioEditSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioEditKind = ScenarioEdit["edit"];
