/** The organisation's obstacle link for its owners: shown again on request, replaced on purpose. */
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { newObstacleLink, obstacleLinkUrl } from "./obstacle-link";

/** The link, or null before an owner first makes one. */
export async function obstacleLinkOf(access: OrgAccess): Promise<string | null> {
  assertCan(access, "obstacles:link");
  const { obstacleLinkSeed } = await access.db.organisation.findUniqueOrThrow({
    where: { id: access.organisation.id },
    select: { obstacleLinkSeed: true },
  });
  return obstacleLinkSeed ? obstacleLinkUrl(obstacleLinkSeed) : null;
}

/** Makes the link, or a new one: the previous link stops working at once. */
export async function renewObstacleLink(access: OrgAccess): Promise<{ link: string }> {
  assertCan(access, "obstacles:link");
  const { seed, hash } = newObstacleLink();
  return access.db.$transaction(async (tx) => {
    const before = await tx.organisation.findUniqueOrThrow({
      where: { id: access.organisation.id },
      select: { obstacleLinkSeed: true },
    });
    await tx.organisation.update({
      where: { id: access.organisation.id },
      data: { obstacleLinkSeed: seed, obstacleLinkHash: hash },
    });
    await recordAuditEvent(tx, access.organisation.id, access.actor, {
      action: "obstacle_link.renewed",
      subjectType: "organisation",
      subjectId: access.organisation.id,
      summary: before.obstacleLinkSeed
        ? "Made a new obstacle link; the previous one stopped working"
        : "Made the obstacle link",
    });
    return { link: obstacleLinkUrl(seed) };
  });
}
