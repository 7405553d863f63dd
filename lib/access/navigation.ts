/** The organisation's navigation, filtered by the permission matrix. */
import { type Action, can } from "./permissions";
import type { MemberRole } from "./roles";

/**
 * `also`: other sections of the app that belong under this item (a behaviour's page is part of the model).
 * `outboxOnly`: shown only while mail is kept in the outbox (no mail server configured).
 */
export type NavItem = { label: string; path: string; action: Action; also?: string[]; outboxOnly?: boolean };

export const ORGANISATION_NAV: readonly NavItem[] = [
  { label: "Dashboard", path: "", action: "organisation:read", also: ["/departments", "/roles", "/room"] },
  { label: "Model", path: "/model", action: "organisation:read", also: ["/behaviours"] },
  { label: "Inventory", path: "/inventory", action: "organisation:read" },
  { label: "Findings", path: "/findings", action: "organisation:read" },
  { label: "System view", path: "/system", action: "organisation:read", also: ["/scenarios"] },
  { label: "Actions", path: "/actions", action: "organisation:read" },
  { label: "Diagnostic", path: "/diagnostic", action: "organisation:read" },
  { label: "Stories", path: "/stories", action: "organisation:read", also: ["/exposure", "/workshops", "/obstacles"] },
  { label: "Members", path: "/members", action: "members:read" },
  { label: "Audit log", path: "/audit", action: "audit:read" },
  { label: "Outbox", path: "/outbox", action: "outbox:read", outboxOnly: true },
  { label: "Settings", path: "/settings", action: "organisation:update" },
];

export type NavLink = { label: string; href: string; sections: string[] };

export function navigationFor(
  role: MemberRole,
  orgSlug: string,
  { outbox = false }: { outbox?: boolean } = {},
): NavLink[] {
  return ORGANISATION_NAV.filter((item) => can(role, item.action) && (outbox || !item.outboxOnly)).map((item) => ({
    label: item.label,
    href: `/orgs/${orgSlug}${item.path}`,
    sections: [item.path, ...(item.also ?? [])].map((path) => `/orgs/${orgSlug}${path}`),
  }));
}

/** The item a path belongs to: the dashboard on its own page and its drill-downs, any other item for its sections. */
export function currentNavHref(items: NavLink[], pathname: string): string | undefined {
  const dashboard = items[0]?.href;
  // The dashboard's own path is every page's prefix, so it matches only exactly; its other sections as prefixes.
  const matches = (section: string) =>
    pathname === section || (section !== dashboard && pathname.startsWith(section + "/"));
  return items.find((item) => item.sections.some(matches))?.href;
}
