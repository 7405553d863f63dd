import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";

const domain = z
  .string()
  .trim()
  .toLowerCase()
  .transform((value) => value.replace(/^@/, ""))
  .pipe(z.string().regex(/^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, "Write a domain such as harbour.example"));

export const workEmailDomainsInput = z.object({ domains: z.array(domain).max(20, "At most 20 domains") });

/**
 * The addresses a verified shared link accepts: so answering many times needs that many mailboxes at
 * the organisation, not a handful of free addresses.
 */
export async function setWorkEmailDomains(access: OrgAccess, input: z.infer<typeof workEmailDomainsInput>): Promise<{ domains: string[] }> {
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
      summary: domains.length ? `Verified shared links now accept addresses at ${domains.join(", ")}` : "Verified shared links now accept any address",
      before: { workEmailDomains: before.workEmailDomains },
      after: { workEmailDomains: domains },
    });
    return { domains };
  });
}

export async function getWorkEmailDomains(access: OrgAccess): Promise<string[]> {
  return (await access.db.organisation.findUniqueOrThrow({ where: { id: access.organisation.id }, select: { workEmailDomains: true } })).workEmailDomains;
}
