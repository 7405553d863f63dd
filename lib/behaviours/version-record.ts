/** What every save of a behaviour keeps as a version: its text, status and objectives, and who saved it. */
import type { Actor } from "@/lib/auth/actor";
import type { BehaviourStatus } from "@/lib/model/model-schema";

export function versionRecord(
  version: number,
  text: { action: string; why?: string | null; evidence?: string | null },
  status: BehaviourStatus,
  objectiveKeys: string[],
  author: Actor,
  comment: string | null = null,
) {
  return {
    version,
    action: text.action,
    why: text.why ?? null,
    evidence: text.evidence ?? null,
    status,
    objectiveKeys,
    comment,
    authorId: author.id,
    authorEmail: author.email,
  };
}
