/** Where a respondent may say they work: the wave's audience, offered and checked. */
import type { z } from "zod";
import type { Db } from "@/lib/db/types";
import { minutesToAnswer } from "../rules/minutes-to-answer";
import { ValidationError } from "@/lib/errors";
import type { segmentInput } from "../input";

/** A personal link from a verified shared link, before its holder has said where they work. */
export type SegmentChoice = Awaited<ReturnType<typeof describeChoices>> & { kind: "choose-segment"; token: string };

/** The departments and roles a respondent may say they belong to: the wave's audience. */
export async function describeChoices(
  db: Db,
  wave: {
    name: string;
    k: number;
    organisationId: string;
    instrumentId: string;
    audienceDepartments: string[];
    audienceRoles: string[];
  },
) {
  const statements = await db.instrumentItem.count({ where: { instrumentId: wave.instrumentId } });
  const organisation = await db.organisation.findUniqueOrThrow({
    where: { id: wave.organisationId },
    include: {
      departments: { orderBy: { name: "asc" } },
      roles: { orderBy: { name: "asc" }, include: { department: { select: { key: true } } } },
    },
  });
  const inAudience = (audience: string[], key: string) => audience.length === 0 || audience.includes(key);
  return {
    wave: { name: wave.name, k: wave.k, minutes: minutesToAnswer(statements) },
    organisation: organisation.name,
    departments: organisation.departments
      .filter((d) => inAudience(wave.audienceDepartments, d.key))
      .map((d) => ({ key: d.key, name: d.name })),
    roles: organisation.roles
      .filter((r) => inAudience(wave.audienceRoles, r.key))
      .map((r) => ({ key: r.key, name: r.name, department: r.department.key })),
  };
}

/** What a respondent says they are, within the wave's audience; a role's people count in its department. */
export async function statedSegment(
  db: Db,
  wave: { organisationId: string; audienceDepartments: string[]; audienceRoles: string[] },
  segment: z.infer<typeof segmentInput>,
): Promise<{ department: string | null; role: string | null }> {
  if (segment.department && wave.audienceDepartments.length && !wave.audienceDepartments.includes(segment.department))
    throw new ValidationError("department", "Choose one of the departments listed.");
  if (segment.role && wave.audienceRoles.length && !wave.audienceRoles.includes(segment.role))
    throw new ValidationError("role", "Choose one of the roles listed.");
  if (!segment.role) {
    if (
      segment.department &&
      (await db.department.count({ where: { organisationId: wave.organisationId, key: segment.department } })) === 0
    )
      throw new ValidationError("department", "Choose one of the departments listed.");
    return { department: segment.department ?? null, role: null };
  }
  const role = await db.role.findFirst({
    where: { organisationId: wave.organisationId, key: segment.role },
    select: { key: true, department: { select: { key: true } } },
  });
  if (!role) throw new ValidationError("role", "Choose one of the roles listed.");
  if (segment.department && segment.department !== role.department.key)
    throw new ValidationError("role", "That role is in another department: choose a role of your department.");
  return { department: role.department.key, role: role.key };
}
