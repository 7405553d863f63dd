/** The organisation's industry: which templates its setup starts from. */
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import type { Industry } from "@/lib/setup/rules/industries";

export async function getIndustry(access: OrgAccess): Promise<Industry> {
  assertCan(access, "organisation:read");
  const organisation = await access.db.organisation.findUniqueOrThrow({
    where: { id: access.organisation.id },
    select: { industry: true },
  });
  return organisation.industry;
}
