/** A story's stage and role keys → ids, shared by creating and editing a story. */
import { type DbTx } from "@/lib/db/types";
import { ValidationError } from "@/lib/errors";
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
