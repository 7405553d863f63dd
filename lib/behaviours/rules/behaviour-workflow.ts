/**
 * The life of a behaviour definition (DESIGN §3): draft → proposed → approved → retired. Editors
 * (owners, and department heads in their departments) write and propose; approvers (owners/consultants
 * and executives) approve, send back to draft with a comment, or retire.
 */
import type { BehaviourStatus } from "@/lib/model/model-schema";

export type Transition = {
  from: BehaviourStatus;
  to: BehaviourStatus;
  by: "editor" | "approver";
  needsComment: boolean;
  label: string;
};

export const TRANSITIONS: readonly Transition[] = [
  { from: "draft", to: "proposed", by: "editor", needsComment: false, label: "Propose for approval" },
  { from: "proposed", to: "draft", by: "editor", needsComment: false, label: "Withdraw to draft" },
  { from: "proposed", to: "approved", by: "approver", needsComment: false, label: "Approve" },
  { from: "proposed", to: "draft", by: "approver", needsComment: true, label: "Send back with a comment" },
  { from: "approved", to: "retired", by: "approver", needsComment: false, label: "Retire" },
  { from: "retired", to: "draft", by: "editor", needsComment: false, label: "Revive as draft" },
];

export function findTransition(
  from: BehaviourStatus,
  to: BehaviourStatus,
  powers: { editor: boolean; approver: boolean },
): Transition | undefined {
  // An approver sending back must comment; an editor withdrawing their own proposal need not.
  const candidates = TRANSITIONS.filter((t) => t.from === from && t.to === to && powers[t.by]);
  return candidates.find((t) => t.by === "editor") ?? candidates[0];
}

export function availableTransitions(
  from: BehaviourStatus,
  powers: { editor: boolean; approver: boolean },
): Transition[] {
  const seen = new Set<string>();
  return TRANSITIONS.filter((t) => t.from === from && powers[t.by]).filter((t) => {
    const id = `${t.to}:${t.needsComment}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Editing an approved definition's words needs a new approval, unless the editor may approve. */
export function statusAfterEdit(status: BehaviourStatus, editorMayApprove: boolean): BehaviourStatus {
  return status === "approved" && !editorMayApprove ? "proposed" : status;
}
