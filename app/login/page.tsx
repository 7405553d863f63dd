import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { Brand } from "@/components/ui/brand";
import { currentActor } from "@/lib/auth/current-actor";
import { safeReturnPath } from "@/lib/client/safe-return-path";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const returnTo = safeReturnPath((await searchParams).callbackUrl);
  if (await currentActor()) redirect(returnTo);
  return (
    <main className="auth-page">
      <div className="auth-card">
        <div className="brand"><Brand /></div>
        <h1>Sign in</h1>
        <p className="muted">Customer-centricity diagnostics and KPI alignment.</p>
        <LoginForm returnTo={returnTo} />
        <p className="auth-footer">
          New here? <Link href="/signup">Create an account</Link>
        </p>
      </div>
    </main>
  );
}
