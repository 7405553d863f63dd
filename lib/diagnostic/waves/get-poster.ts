/** What a wave's printed poster says about it (its link is added in the browser, never sent here). */
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { minutesToAnswer } from "../rules/minutes-to-answer";
import { waveOf } from "./wave-of";

export async function getPoster(access: OrgAccess, waveId: string) {
  assertCan(access, "diagnostic:manage");
  const wave = await waveOf(access, waveId);
  const statements = await access.db.instrumentItem.count({ where: { instrumentId: wave.instrumentId } });
  return {
    organisation: access.organisation.name,
    wave: { id: wave.id, name: wave.name, k: wave.k, status: wave.status, sharedLinkMode: wave.sharedLinkMode },
    statements,
    minutes: minutesToAnswer(statements),
  };
}
