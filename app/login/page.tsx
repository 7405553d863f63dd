import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { LoginForm } from "@/components/auth/login-form";
import { currentActor } from "@/lib/access/current-actor";
import { returnPath } from "@/lib/auth/return-path";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[] }>;
}) {
  const { callbackUrl } = await searchParams;
  // Without a requested page, the start page decides where this person lands.
  const returnTo = returnPath(typeof callbackUrl === "string" ? callbackUrl : undefined, "/");
  if (await currentActor()) redirect(returnTo);
  return (
    <AuthCard
      title="Sign in"
      footer={
        <>
          New here? <Link href="/signup">Create an account</Link>
        </>
      }
    >
      <p className="muted">Customer-centricity diagnostics and KPI alignment.</p>
      <LoginForm returnTo={returnTo} />
      <Link className="forgot-link" href="/forgot-password">
        Forgotten your password?
      </Link>
    </AuthCard>
  );
}
