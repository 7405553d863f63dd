/** Changes the organisation's industry: which stage and lexicon templates the setup page offers first. */
import type { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { templateName } from "@/lib/setup/rules/industries";
import type { industryInput } from "./input";

/**
 * Nothing already set up changes: stages and a lexicon once edited are the organisation's own. Only what the
 * setup page offers next (and the lexicon while nobody has edited it) follows the new industry.
 */
export async function setIndustry(access: OrgAccess, input: z.infer<typeof industryInput>) {
  assertCan(access, "organisation:update");
  const { id } = access.organisation;
  return access.db.$transaction(async (tx) => {
    const before = await tx.organisation.findUniqueOrThrow({ where: { id }, select: { industry: true } });
    await tx.organisation.update({ where: { id }, data: { industry: input.industry } });
    await recordAuditEvent(tx, id, access.actor, {
      action: "organisation.industry",
      subjectType: "organisation",
      subjectId: id,
      summary: `Industry changed from ${templateName(before.industry)} to ${templateName(input.industry)}`,
      before: { industry: before.industry },
      after: { industry: input.industry },
    });
    return { industry: input.industry };
  });
}
