/**
 * Applies one setup edit of an organisation's model in a transaction, with its audit event. Owners only, except
 * that department heads may change and rename the roles of the departments they lead (and move them only between
 * those).
 * The operations live in one file per subject beside this one.
 */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import type { DbTx } from "@/lib/db/types";
import type { ModelEdit } from "@/lib/model/input";
import { applyStageTemplate } from "./apply-stage-template";
import { addDepartment, moveDepartment, removeDepartment, renameDepartment } from "./department-edits";
import type { EditOperation, EditOutcome } from "./edit-outcome";
import { addLexiconTerm, addLexiconWords, removeLexiconTerm } from "./lexicon-edits";
import { addObjective, removeObjective, renameObjective } from "./objective-edits";
import { addRole, removeRole, renameRole, updateRole } from "./role-edits";
import { addStage, moveStage, renameStage } from "./stage-edits";
import { mergeStage, removeStage } from "./stage-endings";
import { setTouchpoint } from "./touchpoint-edits";

const operations: { [Op in ModelEdit["op"]]: EditOperation<Op> } = {
  applyStageTemplate,
  addStage,
  renameStage,
  moveStage,
  mergeStage,
  removeStage,
  addDepartment,
  renameDepartment,
  moveDepartment,
  removeDepartment,
  addRole,
  renameRole,
  removeRole,
  updateRole,
  setTouchpoint,
  addObjective,
  renameObjective,
  removeObjective,
  addLexiconTerm,
  addLexiconWords,
  removeLexiconTerm,
};

function run(tx: DbTx, access: OrgAccess, edit: ModelEdit): Promise<EditOutcome> {
  // The table pairs each op with its operation; TypeScript cannot follow that pairing through an index.
  return (operations[edit.op] as EditOperation<ModelEdit["op"]>)(tx, access, edit);
}

export async function applyModelEdit(access: OrgAccess, edit: ModelEdit): Promise<EditOutcome["result"]> {
  assertCan(access, edit.op === "updateRole" || edit.op === "renameRole" ? "model:edit-department" : "model:edit");
  const organisationId = access.organisation.id;
  return access.db.$transaction(async (tx) => {
    // One edit of an organisation's model at a time: two people adding "Billing" at once, or moving two
    // departments under each other, would each pass their check against the other's unwritten change.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`model:${organisationId}`}))`;
    const { result, audit } = await run(tx, access, edit);
    await recordAuditEvent(tx, organisationId, access.actor, { action: `model.${edit.op}`, ...audit });
    return result;
  });
}
