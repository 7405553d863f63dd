/**
 * Customer stories (DESIGN §3): a named or pseudonymous customer, what happened in their words, the
 * stage and roles involved, positive or negative, where it came from — shown beside the numbers.
 */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { DbTx } from "@/lib/db/types";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { uniqueKey } from "@/lib/model/edits/unique-key";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import type { StoryInput } from "./story-input";
import { type StorySource, storySourceFromDb, storySourceToDb } from "@/lib/model/references";

export type StoryView = {
  key: string;
  customer: string;
  pseudonym: boolean;
  narrative: string;
  stage: { key: string; name: string } | null;
  roles: { key: string; name: string }[];
  sentiment: "positive" | "negative";
  source: StorySource;
  photo: string | null;
};

export async function listStories(access: OrgAccess): Promise<StoryView[]> {
  assertCan(access, "organisation:read");
  const stories = await access.db.story.findMany({
    where: { organisationId: access.organisation.id },
    orderBy: { key: "asc" },
    include: { stage: { select: { key: true, name: true } }, roles: { include: { role: { select: { key: true, name: true } } } } },
  });
  return stories.map((s) => ({
    key: s.key,
    customer: s.customer,
    pseudonym: s.pseudonym,
    narrative: s.narrative,
    stage: s.stage,
    roles: s.roles.map((r) => r.role).sort((a, b) => a.name.localeCompare(b.name)),
    sentiment: s.sentiment,
    source: storySourceFromDb(s.source),
    photo: s.photo,
  }));
}

/** Stage and role keys → ids, refusing keys the organisation does not have (a 400 naming the field). */
async function resolvePlace(tx: DbTx, organisationId: string, input: StoryInput) {
  const stage = input.stage ? await tx.stage.findFirst({ where: { organisationId, key: input.stage }, select: { id: true } }) : null;
  if (input.stage && !stage) throw new ValidationError("stage", `No stage "${input.stage}" in this organisation.`);
  const roles = await tx.role.findMany({ where: { organisationId, key: { in: input.roles } }, select: { id: true, key: true } });
  const unknown = input.roles.find((key) => !roles.some((r) => r.key === key));
  if (unknown) throw new ValidationError("roles", `No role "${unknown}" in this organisation.`);
  return { stageId: stage?.id ?? null, roleIds: roles.map((r) => r.id) };
}

export async function createStory(access: OrgAccess, input: StoryInput): Promise<{ key: string }> {
  assertCan(access, "stories:write");
  const organisationId = access.organisation.id;
  return access.db.$transaction(async (tx) => {
    const { stageId, roleIds } = await resolvePlace(tx, organisationId, input);
    const key = uniqueKey(input.customer, (await tx.story.findMany({ where: { organisationId }, select: { key: true } })).map((s) => s.key));
    const story = await tx.story.create({
      data: { organisationId, key, customer: input.customer, pseudonym: input.pseudonym, narrative: input.narrative, stageId, sentiment: input.sentiment, source: storySourceToDb(input.source), photo: input.photo, roles: { create: roleIds.map((roleId) => ({ roleId })) } },
    });
    await recordAuditEvent(tx, organisationId, access.actor, { action: "story.created", subjectType: "story", subjectId: story.id, summary: `Added the story of ${input.customer}`, after: { ...input, photo: input.photo ? "(photo)" : null } });
    return { key };
  });
}

export async function updateStory(access: OrgAccess, key: string, input: StoryInput): Promise<void> {
  assertCan(access, "stories:write");
  const organisationId = access.organisation.id;
  await access.db.$transaction(async (tx) => {
    const story = await tx.story.findFirst({ where: { organisationId, key } });
    if (!story) throw new NotFoundError("Story");
    const { stageId, roleIds } = await resolvePlace(tx, organisationId, input);
    await tx.storyRole.deleteMany({ where: { storyId: story.id } });
    await tx.story.update({
      where: { id: story.id },
      data: { customer: input.customer, pseudonym: input.pseudonym, narrative: input.narrative, stageId, sentiment: input.sentiment, source: storySourceToDb(input.source), photo: input.photo, roles: { create: roleIds.map((roleId) => ({ roleId })) } },
    });
    await recordAuditEvent(tx, organisationId, access.actor, { action: "story.edited", subjectType: "story", subjectId: story.id, summary: `Edited the story of ${input.customer}`, before: { customer: story.customer, narrative: story.narrative }, after: { customer: input.customer, narrative: input.narrative } });
  });
}

export async function deleteStory(access: OrgAccess, key: string): Promise<void> {
  assertCan(access, "stories:write");
  const organisationId = access.organisation.id;
  await access.db.$transaction(async (tx) => {
    const story = await tx.story.findFirst({ where: { organisationId, key } });
    if (!story) throw new NotFoundError("Story");
    await tx.story.delete({ where: { id: story.id } });
    await recordAuditEvent(tx, organisationId, access.actor, { action: "story.deleted", subjectType: "story", subjectId: story.id, summary: `Removed the story of ${story.customer}`, before: { customer: story.customer, narrative: story.narrative } });
  });
}

/** The stages and roles a story can be attached to (for the form). */
export async function storyChoices(access: OrgAccess): Promise<{ stages: { key: string; name: string }[]; roles: { key: string; name: string }[] }> {
  assertCan(access, "organisation:read");
  const [stages, roles] = await Promise.all([
    access.db.stage.findMany({ where: { organisationId: access.organisation.id }, orderBy: { position: "asc" }, select: { key: true, name: true } }),
    access.db.role.findMany({ where: { organisationId: access.organisation.id }, orderBy: { name: "asc" }, select: { key: true, name: true } }),
  ]);
  return { stages, roles };
}
