/** What one setup operation hands back to `applyModelEdit`: its answer to the caller and its audit event. */
import type { AuditEntry } from "@/lib/audit/record-audit-event";
import type { OrgAccess } from "@/lib/access/org-access";
import type { DbTx } from "@/lib/db/types";
import type { ModelEdit } from "@/lib/model/input";

export type EditOutcome = { result: { key?: string }; audit: Omit<AuditEntry, "action"> };

/** The edit of one operation, by its `op`. */
export type EditOf<Op extends ModelEdit["op"]> = Extract<ModelEdit, { op: Op }>;

/** One operation: it runs inside the edit's transaction, after the permission check and the model lock. */
export type EditOperation<Op extends ModelEdit["op"]> = (
  tx: DbTx,
  access: OrgAccess,
  edit: EditOf<Op>,
) => Promise<EditOutcome>;
