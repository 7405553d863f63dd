/** A dashboard query's scope. */
import type { z } from "zod";
import type { dashboardQuery } from "@/lib/dashboard/input";
import type { DashboardScope } from "./dashboard-scope";

export function scopeOf(query: z.infer<typeof dashboardQuery>): DashboardScope {
  if (query.department) return { kind: "department", key: query.department };
  if (query.role) return { kind: "role", key: query.role };
  return { kind: "organisation" };
}
