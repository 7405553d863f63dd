import type { Metadata } from "next";
import Link from "next/link";
import { SignupForm } from "@/components/auth/signup-form";
import { Brand } from "@/components/ui/brand";
import { lookUpInvitation } from "@/lib/http/public-lookups";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignupPage({ searchParams }: { searchParams: Promise<{ invitation?: string }> }) {
  const token = (await searchParams).invitation;
  const invitation = token ? await lookUpInvitation(token) : null;
  return (
    <main className="auth-page">
      <div className="auth-card">
        <div className="brand"><Brand /></div>
        <h1>Create an account</h1>
        {token && !invitation && (
          <div className="alert error" role="alert">This invitation link is invalid, used or expired. Ask for a new one.</div>
        )}
        <SignupForm invitation={invitation ? token : undefined} invitedEmail={invitation?.email} organisationName={invitation?.organisationName} />
        <p className="auth-footer">
          Already have an account? <Link href="/login">Sign in</Link>
        </p>
      </div>
    </main>
  );
}
