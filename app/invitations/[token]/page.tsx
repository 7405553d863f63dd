import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { AcceptInvitationButton, SignOutAndReturn } from "@/components/auth/invitation-actions";
import { PasswordForm } from "@/components/auth/password-form";
import { currentActor } from "@/lib/access/current-actor";
import { ROLE_FOR_YOU, ROLE_LABELS } from "@/lib/access/roles";
import { lookUpInvitationFor } from "@/lib/members/invitation-pages";
import { LINK_PAGE_METADATA, tokenFromPath } from "@/lib/users/link-page";
import { publicPage } from "@/lib/access/page-gates";

export const metadata: Metadata = { title: "Invitation", ...LINK_PAGE_METADATA };

export default publicPage<{ token: string }>(async (params) => {
  const token = tokenFromPath(params.token);
  const actor = await currentActor();
  const invitation = token ? await lookUpInvitationFor(token, actor) : null;
  if (!token || !invitation) {
    return (
      <AuthCard
        title="This invitation no longer works"
        footer={
          <>
            <Link href={actor ? "/orgs" : "/login"}>{actor ? "Your organisations" : "Sign in"}</Link>
          </>
        }
      >
        <p>The link has expired or has already been used. Ask the person who invited you to send a new invitation.</p>
      </AuthCard>
    );
  }
  const here = `/invitations/${token}`;
  const role = ROLE_LABELS[invitation.role].toLowerCase();
  return (
    <AuthCard title={`Join ${invitation.organisationName}`}>
      <p>
        {invitation.inviterName ?? "An owner"} invited <strong className="break-anywhere">{invitation.email}</strong> to
        join {invitation.organisationName} as {role}.
      </p>
      <p className="muted">{ROLE_FOR_YOU[invitation.role]}</p>

      {invitation.step === "accept" && (
        <AcceptInvitationButton token={token} organisationName={invitation.organisationName} />
      )}

      {invitation.step === "already-member" && (
        <>
          <div className="alert info" role="status">
            You are already a member of {invitation.organisationName}.
          </div>
          <Link className="button" href={`/orgs/${invitation.organisationSlug}`}>
            Open {invitation.organisationName}
          </Link>
        </>
      )}

      {invitation.step === "wrong-account" && actor && (
        <>
          <div className="alert error" role="alert">
            This invitation is for <strong className="break-anywhere">{invitation.email}</strong>, but you are signed in
            as <strong className="break-anywhere">{actor.email}</strong>. Sign out, then sign in as {invitation.email}{" "}
            to accept it.
          </div>
          <SignOutAndReturn returnTo={here} />
        </>
      )}

      {invitation.step === "sign-in" && (
        <>
          <p>You already have an account with this email address. Sign in to accept.</p>
          <div className="auth-actions">
            <Link className="button" href={`/login?callbackUrl=${encodeURIComponent(here)}`}>
              Sign in to accept
            </Link>
            <Link className="forgot-link" href="/forgot-password">
              Forgotten your password?
            </Link>
          </div>
        </>
      )}

      {invitation.step === "create-account" && (
        <>
          <h2 className="notice-heading">Create your account</h2>
          <PasswordForm
            token={token}
            email={invitation.email}
            endpoint="/api/invitations/account"
            askName
            passwordLabel="Password"
            submitLabel={`Create account and join`}
            pendingLabel="Creating account…"
            destination={`/orgs/${invitation.organisationSlug}`}
          />
        </>
      )}
    </AuthCard>
  );
});
