/**
 * What model routes accept: the edits a consultant makes to an organisation's model from the setup page,
 * one at a time, and which structure a CSV import holds.
 */
import { z } from "zod";
import { industry } from "@/lib/organisations/input";

const name = z.string().trim().min(1, "Enter a name").max(200, "At most 200 characters");
const key = z.string().min(1).max(100);

export const modelEditInput = z.discriminatedUnion("op", [
  /** The stages of an industry's template; left out, the organisation's own industry's. */
  z.object({
    op: z.literal("applyStageTemplate"),
    industry: industry.optional(),
  }),
  z.object({ op: z.literal("addStage"), name }),
  z.object({ op: z.literal("renameStage"), key, name }),
  z.object({ op: z.literal("moveStage"), key, direction: z.enum(["earlier", "later"]) }),
  /** Stage `key` goes; its behaviours, stories and touchpoints move to stage `into`. */
  z.object({ op: z.literal("mergeStage"), key, into: key }),
  /** Stage `key` goes with its touchpoints and behaviours; its stories keep their text and lose their stage. */
  z.object({ op: z.literal("removeStage"), key }),
  z.object({ op: z.literal("addDepartment"), name, parent: key.optional() }),
  z.object({
    op: z.literal("addRole"),
    name,
    department: key,
    customerFacing: z.boolean(),
    headcount: z.number().int().nonnegative().max(10_000_000).optional(),
  }),
  z.object({ op: z.literal("renameDepartment"), key, name }),
  z.object({ op: z.literal("removeDepartment"), key }),
  z.object({ op: z.literal("renameRole"), key, name }),
  /** A role's department, headcount (null: not known) and kind; what is left out stays as it is. */
  z.object({
    op: z.literal("updateRole"),
    key,
    department: key.optional(),
    headcount: z.number().int().nonnegative().max(10_000_000).nullable().optional(),
    customerFacing: z.boolean().optional(),
  }),
  /** A department moved under another (or to the top level, `parent: null`). */
  z.object({ op: z.literal("moveDepartment"), key, parent: key.nullable() }),
  z.object({ op: z.literal("removeRole"), key }),
  z.object({ op: z.literal("setTouchpoint"), role: key, stage: key, on: z.boolean() }),
  z.object({ op: z.literal("addObjective"), name }),
  z.object({ op: z.literal("renameObjective"), key, name }),
  /** The objective goes; behaviours that cite it stay, without the link. */
  z.object({ op: z.literal("removeObjective"), key }),
  z.object({
    op: z.literal("addLexiconTerm"),
    term: z.string().trim().min(2, "At least 2 characters").max(100),
    plainer: z.string().trim().min(1, "Say what to write instead").max(200),
    why: z.string().trim().max(500).optional(),
  }),
  z.object({ op: z.literal("removeLexiconTerm"), term: z.string().min(1).max(100) }),
  /** Another industry's words, added to the lexicon (those it already holds are left as they are). */
  z.object({ op: z.literal("addLexiconWords"), industry }),
]);

export type ModelEdit = z.infer<typeof modelEditInput>;

export const structureCsvQuery = z.object({
  kind: z.enum(["departments", "roles"], { message: 'kind must be "departments" or "roles"' }),
});
