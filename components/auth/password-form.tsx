"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { ApiError, callApi } from "@/lib/client/api";
import { PASSWORD_MIN_LENGTH } from "@/lib/users/input";

type Props = {
  /** The mailed link's token. */
  token: string;
  /** The address the link was sent to (shown, and offered to password managers). */
  email: string;
  endpoint: string;
  passwordLabel: string;
  submitLabel: string;
  pendingLabel: string;
  /** Also ask for a name (a new account from an invitation). */
  askName?: boolean;
  /** Where to go once signed in; an `organisation` slug in the answer is opened instead. */
  destination: string;
};

/** Chooses a password with a mailed link, then signs in with it. */
export function PasswordForm({ token, email, endpoint, passwordLabel, submitLabel, pendingLabel, askName = false, destination }: Props) {
  const router = useRouter();
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [pending, setPending] = useState(false);
  const [signInFailed, setSignInFailed] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    setPending(true);
    setError(null);
    try {
      const result = await callApi<{ email: string; organisation?: string }>("POST", endpoint, {
        token,
        password,
        ...(askName ? { name: String(form.get("name") ?? "") } : {}),
      });
      const signedIn = await signIn("credentials", { email: result.email, password, redirect: false });
      if (!signedIn?.ok) {
        setSignInFailed(true);
        setPending(false);
        return;
      }
      router.replace(result.organisation ? `/orgs/${result.organisation}` : destination);
      router.refresh();
    } catch (caught) {
      setError(caught instanceof ApiError ? { message: caught.message, field: caught.field } : { message: "Something went wrong. Please try again." });
      setPending(false);
    }
  }

  if (signInFailed) {
    return (
      <div className="alert success" role="status">
        Your password is set. <Link href="/login">Sign in</Link> to continue.
      </div>
    );
  }

  const invalid = (field: string) => (error?.field === field ? true : undefined);
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormError message={error?.message} />
      <div className="field">
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="username" value={email} readOnly aria-readonly="true" />
      </div>
      {askName && (
        <div className="field">
          <label htmlFor="name">Your name</label>
          <input id="name" name="name" type="text" autoComplete="name" required autoFocus aria-invalid={invalid("name")} />
        </div>
      )}
      <div className="field">
        <label htmlFor="password">{passwordLabel}</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          autoFocus={!askName}
          minLength={PASSWORD_MIN_LENGTH}
          aria-describedby="password-hint"
          aria-invalid={invalid("password")}
        />
        <span className="hint" id="password-hint">At least {PASSWORD_MIN_LENGTH} characters.</span>
      </div>
      <button className="button" type="submit" disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </button>
    </form>
  );
}
