/** A story as written: its stage and role keys → ids, and its columns — shared by creating and editing a story. */
import { type DbTx } from "@/lib/db/types";
import { ValidationError } from "@/lib/errors";
import { storySourceToDb } from "@/lib/model/rules/references";
import type { StoryInput } from "./input";

/** Stage and role keys → ids, refusing keys the organisation does not have (a 400 naming the field). */
export async function resolveStoryPlace(tx: DbTx, organisationId: string, input: StoryInput) {
  const stage = input.stage
    ? await tx.stage.findFirst({ where: { organisationId, key: input.stage }, select: { id: true } })
    : null;
  if (input.stage && !stage) throw new ValidationError("stage", `No stage "${input.stage}" in this organisation.`);
  const roles = await tx.role.findMany({
    where: { organisationId, key: { in: input.roles } },
    select: { id: true, key: true },
  });
  const unknown = input.roles.find((key) => !roles.some((r) => r.key === key));
  if (unknown) throw new ValidationError("roles", `No role "${unknown}" in this organisation.`);
  return { stageId: stage?.id ?? null, roleIds: roles.map((r) => r.id) };
}

/** The columns creating and editing a story both write (roles replace the story's old ones). */
export async function storyColumns(tx: DbTx, organisationId: string, input: StoryInput) {
  const { stageId, roleIds } = await resolveStoryPlace(tx, organisationId, input);
  return {
    customer: input.customer,
    pseudonym: input.pseudonym,
    narrative: input.narrative,
    stageId,
    sentiment: input.sentiment,
    source: storySourceToDb(input.source),
    photo: input.photo,
    roles: { create: roleIds.map((roleId) => ({ roleId })) },
  };
}
