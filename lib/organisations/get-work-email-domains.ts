/** The work email domains a verified shared link accepts. */
import { type OrgAccess } from "@/lib/access/org-access";

export async function getWorkEmailDomains(access: OrgAccess): Promise<string[]> {
  return (
    await access.db.organisation.findUniqueOrThrow({
      where: { id: access.organisation.id },
      select: { workEmailDomains: true },
    })
  ).workEmailDomains;
}
