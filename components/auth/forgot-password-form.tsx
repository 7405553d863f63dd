"use client";

import { type FormEvent, useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { ApiError, callApi } from "@/lib/client/api";
import { CheckYourInbox } from "./check-your-inbox";

export function ForgotPasswordForm() {
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [pending, setPending] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "").trim();
    setPending(true);
    setError(null);
    try {
      await callApi("POST", "/api/account/password-reset", { email });
      setSentTo(email);
    } catch (caught) {
      setError(caught instanceof ApiError ? { message: caught.message, field: caught.field } : { message: "Something went wrong. Please try again." });
    } finally {
      setPending(false);
    }
  }

  if (sentTo) {
    return (
      <CheckYourInbox email={sentTo} onRestart={() => setSentTo(null)}>
        Open the link in it to choose a new password. The link works for one hour.
      </CheckYourInbox>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <p className="muted">Enter the email address you sign in with. We will email you a link to choose a new password.</p>
      <FormError message={error?.message} />
      <div className="field">
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="email" required autoFocus aria-invalid={error?.field === "email" || undefined} />
      </div>
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Sending…" : "Email me a link"}
      </button>
    </form>
  );
}
