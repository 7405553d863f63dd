import type { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import type { renameOrganisationInput } from "./input";

/** Renames the organisation; its slug (and so every link) stays the same. */
export async function renameOrganisation(access: OrgAccess, input: z.infer<typeof renameOrganisationInput>) {
  assertCan(access, "organisation:update");
  const { id, name: before } = access.organisation;
  return access.db.$transaction(async (tx) => {
    const organisation = await tx.organisation.update({ where: { id }, data: { name: input.name } });
    await recordAuditEvent(tx, id, access.actor, {
      action: "organisation.renamed",
      subjectType: "organisation",
      subjectId: id,
      summary: `Renamed organisation from “${before}” to “${input.name}”`,
      before: { name: before },
      after: { name: input.name },
    });
    return { slug: organisation.slug, name: organisation.name };
  });
}
