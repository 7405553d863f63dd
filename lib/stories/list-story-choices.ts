/** The stages and roles a story can be attached to. */
import { assertCan, type OrgAccess } from "@/lib/access/org-access";

/** The stages and roles a story can be attached to (for the form). */
export async function storyChoices(
  access: OrgAccess,
): Promise<{ stages: { key: string; name: string }[]; roles: { key: string; name: string }[] }> {
  assertCan(access, "organisation:read");
  const [stages, roles] = await Promise.all([
    access.db.stage.findMany({
      where: { organisationId: access.organisation.id },
      orderBy: { position: "asc" },
      select: { key: true, name: true },
    }),
    access.db.role.findMany({
      where: { organisationId: access.organisation.id },
      orderBy: { name: "asc" },
      select: { key: true, name: true },
    }),
  ]);
  return { stages, roles };
}
