"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
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

const accountSchema = z.object({ email: z.string(), organisation: z.string().optional() });

/** Chooses a password with a mailed link, then signs in with it. */
export function PasswordForm({
  token,
  email,
  endpoint,
  passwordLabel,
  submitLabel,
  pendingLabel,
  askName = false,
  destination,
}: Props) {
  const router = useRouter();
  const [signInFailed, setSignInFailed] = useState(false);
  const form = useApiForm({
    send: async (data) => {
      const password = String(data.get("password") ?? "");
      const account = await api.post(
        endpoint,
        { token, password, ...(askName ? { name: String(data.get("name") ?? "") } : {}) },
        accountSchema,
      );
      const signedIn = await signIn("credentials", { email: account.email, password, redirect: false });
      return { ...account, signedIn: Boolean(signedIn?.ok) };
    },
    onSuccess: (result) => {
      if (!result.signedIn) return setSignInFailed(true);
      router.replace(result.organisation ? `/orgs/${result.organisation}` : destination);
      router.refresh();
    },
  });
  // Once signed in, the button stays busy while the next page loads.
  const pending = form.pending || form.result?.signedIn === true;

  if (signInFailed) {
    return (
      <div className="alert success" role="status">
        Your password is set. <Link href="/login">Sign in</Link> to continue.
      </div>
    );
  }

  return (
    <form onSubmit={form.onSubmit} noValidate>
      <FormError message={form.error?.message} />
      <div className="field">
        <label htmlFor="email">Email</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          value={email}
          readOnly
          aria-readonly="true"
        />
      </div>
      {askName && (
        <div className="field">
          <label htmlFor="name">Your name</label>
          <input
            id="name"
            name="name"
            type="text"
            autoComplete="name"
            required
            autoFocus
            aria-invalid={form.invalid("name")}
          />
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
          aria-invalid={form.invalid("password")}
        />
        <span className="hint" id="password-hint">
          At least {PASSWORD_MIN_LENGTH} characters.
        </span>
      </div>
      <button className="button" type="submit" disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </button>
    </form>
  );
}
