"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { ApiError, callApi } from "@/lib/client/api";

type Props = { invitation?: string; invitedEmail?: string; organisationName?: string };

export function SignupForm({ invitation, invitedEmail, organisationName }: Props) {
  const router = useRouter();
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      ...(invitation ? { invitation } : {}),
    };
    setPending(true);
    setError(null);
    try {
      const created = await callApi<{ joinedOrganisation?: string }>("POST", "/api/account", body);
      await signIn("credentials", { email: body.email, password: body.password, redirect: false });
      router.replace(created.joinedOrganisation ? `/orgs/${created.joinedOrganisation}` : "/orgs");
      router.refresh();
    } catch (caught) {
      setError(caught instanceof ApiError ? { message: caught.message, field: caught.field } : { message: "Could not create the account." });
      setPending(false);
    }
  }

  const invalid = (field: string) => (error?.field === field ? true : undefined);
  return (
    <form onSubmit={onSubmit} noValidate>
      {organisationName && (
        <div className="alert info">You were invited to join <strong>{organisationName}</strong>.</div>
      )}
      <FormError message={error?.message} />
      <div className="field">
        <label htmlFor="name">Your name</label>
        <input id="name" name="name" type="text" autoComplete="name" required aria-invalid={invalid("name")} />
      </div>
      <div className="field">
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="username" required defaultValue={invitedEmail} readOnly={Boolean(invitedEmail)} aria-invalid={invalid("email")} />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="new-password" required minLength={10} aria-describedby="password-hint" aria-invalid={invalid("password")} />
        <span className="hint" id="password-hint">At least 10 characters.</span>
      </div>
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Creating account…" : "Create account"}
      </button>
    </form>
  );
}
