import type { ReactNode } from "react";
import { Brand } from "@/components/ui/brand";
import type { NavLink } from "@/lib/access/navigation";
import { ROLE_LABELS, type MemberRole } from "@/lib/access/roles";
import { NavLinks } from "./nav-links";
import { OrgSwitcher } from "./org-switcher";
import { SignOutButton } from "./sign-out-button";

type Props = {
  organisation: { slug: string; name: string };
  organisations: { slug: string; name: string }[];
  navigation: NavLink[];
  user: { name: string; email: string };
  role: MemberRole;
  children: ReactNode;
};

export function AppShell({ organisation, organisations, navigation, user, role, children }: Props) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="shell">
        <aside className="sidebar">
          <Brand href="/orgs" />
          <OrgSwitcher current={organisation.slug} organisations={organisations} />
          <NavLinks items={navigation} />
          <div className="sidebar-footer">
            <div>
              <div className="who">{user.name}</div>
              <div className="role" data-testid="current-role">
                {ROLE_LABELS[role]}
              </div>
            </div>
            <SignOutButton />
          </div>
        </aside>
        <main id="main" className="main">
          {children}
        </main>
      </div>
    </>
  );
}
