"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { waitInWords } from "@/lib/errors";

export const WRONG_CREDENTIALS = "Email or password is incorrect.";

/** The wait the sign-in gate sent with its 429 (in its URL, the only part next-auth passes on), in words. */
function waitFrom(url: string | null | undefined): string {
  let seconds = 60;
  try {
    seconds = Number(new URL(url ?? "", window.location.origin).searchParams.get("retryAfter")) || 60;
  } catch {
    // No URL: a minute.
  }
  return waitInWords(seconds);
}

export function LoginForm({ returnTo }: { returnTo: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (result?.ok) {
      router.replace(returnTo);
      router.refresh();
    } else if (result?.status === 429) {
      setError(`Too many failed sign-in attempts. Try again in ${waitFrom(result.url)}.`);
    } else {
      setError(WRONG_CREDENTIALS);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <FormError message={error} />
      <div className="field">
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="username" required autoFocus />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
