"use client";

import { type FormEvent, useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { ApiError, callApi } from "@/lib/client/api";
import { CheckYourInbox } from "./check-your-inbox";

/** Sign-up asks for a name and an address; the password comes once the mailed link proves the address. */
export function SignupForm() {
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [pending, setPending] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? "").trim() };
    setPending(true);
    setError(null);
    try {
      await callApi("POST", "/api/account", body);
      setSentTo(body.email);
    } catch (caught) {
      setError(caught instanceof ApiError ? { message: caught.message, field: caught.field } : { message: "Something went wrong. Please try again." });
    } finally {
      setPending(false);
    }
  }

  if (sentTo) {
    return (
      <CheckYourInbox email={sentTo} onRestart={() => setSentTo(null)}>
        Open the link in it to choose your password and finish creating your account. The link works for 24 hours.
      </CheckYourInbox>
    );
  }

  const invalid = (field: string) => (error?.field === field ? true : undefined);
  return (
    <form onSubmit={onSubmit} noValidate>
      <p className="muted">We will email you a link to choose your password.</p>
      <FormError message={error?.message} />
      <div className="field">
        <label htmlFor="name">Your name</label>
        <input id="name" name="name" type="text" autoComplete="name" required autoFocus aria-invalid={invalid("name")} />
      </div>
      <div className="field">
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="email" required aria-invalid={invalid("email")} />
      </div>
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Sending…" : "Email me a link"}
      </button>
    </form>
  );
}
