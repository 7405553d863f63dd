import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { navigationFor } from "@/lib/access/navigation";
import { orgLayout } from "@/lib/access/page-gates";
import { outboxInUse } from "@/lib/mail/mail-settings";
import { listOrganisationsForUser } from "@/lib/organisations/list-organisations";

export default orgLayout(async (access, children: ReactNode) => {
  const org = access.organisation.slug;
  const organisations = await listOrganisationsForUser(access);
  return (
    <AppShell
      organisation={access.organisation}
      organisations={organisations}
      navigation={navigationFor(access.membership.role, org, { outbox: outboxInUse() })}
      user={access.actor}
      role={access.membership.role}
    >
      {children}
    </AppShell>
  );
});
