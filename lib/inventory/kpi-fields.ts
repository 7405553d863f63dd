/** What creating and changing a KPI share: its input type, measured roles, columns and audit snapshot. */
import type { z } from "zod";
import type { DbTx } from "@/lib/db/types";
import { ValidationError } from "@/lib/errors";
import type { kpiInput } from "./input";

export type KpiInput = z.infer<typeof kpiInput>;

export async function measuredRoleIds(tx: DbTx, organisationId: string, keys: string[]) {
  const roles = await tx.role.findMany({
    where: { organisationId, key: { in: [...new Set(keys)] } },
    select: { id: true, key: true },
  });
  const missing = [...new Set(keys)].find((key) => !roles.some((r) => r.key === key));
  if (missing) throw new ValidationError("measuredRoles", `No role with key "${missing}".`);
  return roles;
}

/** The KPI's own columns from the input (its department resolved to an id). */
export function kpiColumns(input: KpiInput, departmentId: string) {
  return {
    name: input.name,
    definition: input.definition ?? null,
    unit: input.unit ?? null,
    direction: input.direction,
    departmentId,
    payLinked: input.payLinked,
    horizon: input.horizon,
    category: input.category,
  };
}

/** The KPI as the audit log records it. */
export function kpiSnapshot(input: KpiInput) {
  return { ...input, measuredRoles: [...new Set(input.measuredRoles)].sort() };
}
