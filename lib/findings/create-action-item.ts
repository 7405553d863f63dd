import type { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getOrganisationAnalysis } from "@/lib/alignment/get-organisation-analysis";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { uniqueKey } from "@/lib/model/rules/unique-key";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import type { createActionInput } from "./input";

/** Turns a current finding into an action item owned by a member of the organisation. */
export async function createActionItem(
  access: OrgAccess,
  input: z.infer<typeof createActionInput>,
): Promise<{ key: string }> {
  assertCan(access, "findings:review");
  const { analysis } = await getOrganisationAnalysis(access);
  const finding = analysis.findings.find((f) => f.id === input.findingId);
  if (!finding) throw new NotFoundError("Finding");
  const organisationId = access.organisation.id;
  return access.db.$transaction(async (tx) => {
    const owner = await tx.membership.findFirst({
      where: { organisationId, user: { email: input.owner.toLowerCase() } },
    });
    if (!owner) throw new ValidationError("owner", "The owner must be a member of this organisation.");
    const key = uniqueKey(
      input.title,
      (await tx.actionItem.findMany({ where: { organisationId }, select: { key: true } })).map((a) => a.key),
    );
    const action = await tx.actionItem.create({
      data: {
        organisationId,
        key,
        title: input.title,
        owner: input.owner.toLowerCase(),
        due: new Date(`${input.due}T00:00:00Z`),
        status: "open",
        finding: finding.id,
      },
    });
    await recordAuditEvent(tx, organisationId, access.actor, {
      action: "action.created",
      subjectType: "action",
      subjectId: action.id,
      summary: `Created the action “${input.title}” for ${input.owner}, due ${input.due}, from ${finding.rule}`,
      after: { key, title: input.title, owner: input.owner.toLowerCase(), due: input.due, finding: finding.id },
    });
    return { key };
  });
}
