/** What the scenario routes accept. */
import { z } from "zod";
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
