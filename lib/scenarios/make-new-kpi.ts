/**
 * A new KPI for a scenario, made on the server from the editor's draft: its name checked against every KPI of
 * the model and those the scenario adds, and its key made unique among them. The editor has only the KPIs a
 * scenario names (a large model has tens of thousands), so it cannot do either itself.
 */
import { getOrganisationAnalysis } from "@/lib/alignment/get-organisation-analysis";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { ConflictError, ValidationError } from "@/lib/errors";
import type { NewKpiInput } from "./input";
import { newKpiEdit } from "./rules/new-kpi";
import type { ScenarioEdit } from "./rules/scenario-schema";

/** The `addKpi` edit; a name another KPI has is a 409 at `name`, as the inventory answers (lib/inventory/kpi-name.ts). */
export async function makeNewKpi(
  access: OrgAccess,
  input: NewKpiInput,
): Promise<{ edit: Extract<ScenarioEdit, { edit: "addKpi" }> }> {
  assertCan(access, "scenarios:draft");
  const { model } = await getOrganisationAnalysis(access);
  // The editor picks it among those the department search found; a key the model lacks is said at once.
  if (!model.departments.some((d) => d.key === input.kpi.department))
    throw new ValidationError("kpi.department", `No department with key "${input.kpi.department}".`);
  const added = input.edits.flatMap((e) => (e.edit === "addKpi" ? [e.kpi] : []));
  const made = newKpiEdit(input.kpi, [...model.kpis, ...added]);
  if (!made.ok)
    throw made.taken ? new ConflictError(made.message, made.field) : new ValidationError(made.field, made.message);
  return { edit: made.edit };
}
