/** The organisation's navigation, filtered by the permission matrix. */
import { type Action, can } from "./permissions";
import type { MemberRole } from "./roles";

export type NavItem = { label: string; path: string; action: Action };

export const ORGANISATION_NAV: readonly NavItem[] = [
  { label: "Overview", path: "", action: "organisation:read" },
  { label: "Model", path: "/model", action: "organisation:read" },
  { label: "Findings", path: "/findings", action: "organisation:read" },
  { label: "Members", path: "/members", action: "members:read" },
  { label: "Audit log", path: "/audit", action: "audit:read" },
  { label: "Settings", path: "/settings", action: "organisation:update" },
];

export function navigationFor(role: MemberRole, orgSlug: string): { label: string; href: string }[] {
  return ORGANISATION_NAV.filter((item) => can(role, item.action)).map((item) => ({
    label: item.label,
    href: `/orgs/${orgSlug}${item.path}`,
  }));
}
