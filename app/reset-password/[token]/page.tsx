import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { PasswordForm } from "@/components/auth/password-form";
import { lookUpPasswordResetLink } from "@/lib/users/account-pages";
import { LINK_PAGE_METADATA, tokenFromPath } from "@/lib/users/link-page";
import { publicPage } from "@/lib/access/page-gates";

export const metadata: Metadata = { title: "Choose a new password", ...LINK_PAGE_METADATA };

export default publicPage<{ token: string }>(async (params) => {
  const token = tokenFromPath(params.token);
  const link = token ? await lookUpPasswordResetLink(token) : null;
  if (!token || !link) {
    return (
      <AuthCard
        title="This link no longer works"
        footer={
          <>
            <Link href="/login">Sign in</Link>
          </>
        }
      >
        <p>The link has expired or has already been used. Links to choose a new password work once, for one hour.</p>
        <Link className="button" href="/forgot-password">
          Send a new link
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Choose a new password">
      <p className="muted">Choosing a new password signs you out on every other device.</p>
      <PasswordForm
        token={token}
        email={link.email}
        endpoint="/api/account/password"
        passwordLabel="New password"
        submitLabel="Save and sign in"
        pendingLabel="Saving…"
        destination="/orgs"
      />
    </AuthCard>
  );
});
