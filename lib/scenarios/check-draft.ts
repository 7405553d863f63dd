/**
 * What every saved draft must be: edits that fit the organisation's model as it is now, and — for a
 * department head — edits whose subjects are in their departments.
 */
import { departmentKeysInReach } from "@/lib/access/department-scope";
import type { OrgAccess } from "@/lib/access/org-access";
import type { DbTx } from "@/lib/db/types";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import type { ModelDocument } from "@/lib/model/model-schema";
import { applyScenario } from "./rules/apply-scenario";
import { describeEdit } from "./rules/describe-edit";
import { namesOf } from "./rules/scenario-names";
import { editDepartments } from "./rules/edit-departments";
import type { ScenarioEdit } from "./rules/scenario-schema";

/** The first edit that does not fit, as a 400 naming it (`edits[1].counter`) and what is wrong. */
export function assertEditsFit(model: ModelDocument, edits: readonly ScenarioEdit[]): void {
  const applied = applyScenario(model, edits);
  if (!applied.ok) {
    const [problem] = applied.problems;
    throw new ValidationError(problem!.path, `${problem!.message}.`);
  }
}

export async function assertMayDraft(
  tx: DbTx,
  access: OrgAccess,
  model: ModelDocument,
  edits: readonly ScenarioEdit[],
): Promise<void> {
  const inReach = await departmentKeysInReach(tx, access, "scenarios:draft");
  if (inReach === null) return;
  const mine = new Set(inReach);
  const outside = editDepartments(model, edits).findIndex((departments) => !departments.some((d) => mine.has(d)));
  if (outside >= 0)
    throw new ForbiddenError(
      `You can draft changes to your own departments' KPIs, processes and behaviours only: “${describeEdit(edits[outside]!, namesOf(model))}” is outside them.`,
    );
}
