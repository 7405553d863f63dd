import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { PasswordForm } from "@/components/auth/password-form";
import { lookUpSignUpLink } from "@/lib/users/account-pages";
import { LINK_PAGE_METADATA, tokenFromPath } from "@/lib/users/link-page";
import { publicPage } from "@/lib/access/page-gates";

export const metadata: Metadata = { title: "Choose your password", ...LINK_PAGE_METADATA };

export default publicPage<{ token: string }>(async (params) => {
  const token = tokenFromPath(params.token);
  const link = token ? await lookUpSignUpLink(token) : null;
  if (!token || !link) {
    return (
      <AuthCard
        title="This link no longer works"
        footer={
          <>
            Already have an account? <Link href="/login">Sign in</Link>
          </>
        }
      >
        <p>
          The link has expired or has already been used. Links to finish creating an account work once, for 24 hours.
        </p>
        <Link className="button" href="/signup">
          Start again
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Choose your password">
      <p className="muted">
        Welcome{link.name ? `, ${link.name}` : ""}. This is the last step: your account is ready once you choose a
        password.
      </p>
      <PasswordForm
        token={token}
        email={link.email}
        endpoint="/api/account/sign-up"
        passwordLabel="Password"
        submitLabel="Create account"
        pendingLabel="Creating account…"
        destination="/orgs"
      />
    </AuthCard>
  );
});
