/** The model's dashboard widgets for a scope (one read of the model and its analysis, shared within a request). */
import { cache } from "react";
import { NotFoundError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import type { DashboardScope } from "./rules/dashboard-scope";
import { buildModelDashboard, type ModelDashboard } from "./rules/model-dashboard";
import { reviewedFindings } from "./reviewed-findings";

function assertScopeExists(model: { departments: { key: string }[]; roles: { key: string }[] }, scope: DashboardScope) {
  if (scope.kind === "department" && !model.departments.some((d) => d.key === scope.key))
    throw new NotFoundError("Department");
  if (scope.kind === "role" && !model.roles.some((r) => r.key === scope.key)) throw new NotFoundError("Role");
}

/** Built once per request and scope: every widget of a page reads the same dashboard. */
const modelDashboard = cache(
  async (access: OrgAccess, kind: DashboardScope["kind"], key: string): Promise<ModelDashboard> => {
    const scope = (kind === "organisation" ? { kind } : { kind, key }) as DashboardScope;
    const { model, analysis, reviewed } = await reviewedFindings(access);
    assertScopeExists(model, scope);
    const hiddenFindings = new Set(reviewed.filter((r) => r.hidden).map((r) => r.finding.id));
    return buildModelDashboard(model, analysis, scope, { hiddenFindings });
  },
);

export async function getModelDashboard(access: OrgAccess, scope: DashboardScope): Promise<ModelDashboard> {
  assertCan(access, "organisation:read");
  return modelDashboard(access, scope.kind, scope.kind === "organisation" ? "" : scope.key);
}
