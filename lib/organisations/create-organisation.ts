import type { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { UserContext } from "@/lib/access/org-access";
import { DEFAULT_INDUSTRY, templateName } from "@/lib/setup/rules/industries";
import { slugify } from "./rules/slug";
import type { createOrganisationInput } from "./input";

/** Creates an organisation of an industry (its templates); its creator becomes its owner. */
export async function createOrganisation({ db, actor }: UserContext, input: z.infer<typeof createOrganisationInput>) {
  const base = slugify(input.name);
  const industry = input.industry ?? DEFAULT_INDUSTRY;
  return db.$transaction(async (tx) => {
    const taken = new Set(
      (await tx.organisation.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map(
        (o) => o.slug,
      ),
    );
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    const organisation = await tx.organisation.create({ data: { name: input.name, slug, industry } });
    const membership = await tx.membership.create({
      data: { organisationId: organisation.id, userId: actor.id, role: "owner" },
    });
    await recordAuditEvent(tx, organisation.id, actor, {
      action: "organisation.created",
      subjectType: "organisation",
      subjectId: organisation.id,
      summary: `Created organisation “${organisation.name}” (${templateName(industry)})`,
      after: { name: organisation.name, slug, industry },
    });
    await recordAuditEvent(tx, organisation.id, actor, {
      action: "member.added",
      subjectType: "membership",
      subjectId: membership.id,
      summary: `${actor.email} joined as owner (creator)`,
      after: { email: actor.email, role: "owner" },
    });
    return organisation;
  });
}
