/** Sets the work email domains a verified shared link accepts. */
import type { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import type { workEmailDomainsInput } from "./input";

/**
 * The addresses a verified shared link accepts: so answering many times needs that many mailboxes at
 * the organisation, not a handful of free addresses.
 */
export async function setWorkEmailDomains(
  access: OrgAccess,
  input: z.infer<typeof workEmailDomainsInput>,
): Promise<{ domains: string[] }> {
  assertCan(access, "organisation:update");
  const domains = [...new Set(input.domains)].sort();
  const { id } = access.organisation;
  return access.db.$transaction(async (tx) => {
    const before = await tx.organisation.findUniqueOrThrow({ where: { id }, select: { workEmailDomains: true } });
    await tx.organisation.update({ where: { id }, data: { workEmailDomains: domains } });
    await recordAuditEvent(tx, id, access.actor, {
      action: "organisation.work_email_domains",
      subjectType: "organisation",
      subjectId: id,
      summary: domains.length
        ? `Verified shared links now accept addresses at ${domains.join(", ")}`
        : "Verified shared links now accept any address",
      before: { workEmailDomains: before.workEmailDomains },
      after: { workEmailDomains: domains },
    });
    return { domains };
  });
}
