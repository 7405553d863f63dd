"use client";

import { useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
import { CheckYourInbox } from "./check-your-inbox";

const emailOf = (form: FormData) => String(form.get("email") ?? "").trim();

/** Sign-up asks for a name and an address; the password comes once the mailed link proves the address. */
export function SignupForm() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useApiForm({
    send: (data) => api.post("/api/account", { name: String(data.get("name") ?? ""), email: emailOf(data) }),
    onSuccess: (_, data) => setSentTo(emailOf(data)),
  });

  if (sentTo) {
    return (
      <CheckYourInbox email={sentTo} onRestart={() => setSentTo(null)}>
        Open the link in it to choose your password and finish creating your account. The link works for 24 hours.
      </CheckYourInbox>
    );
  }

  return (
    <form onSubmit={form.onSubmit} noValidate>
      <p className="muted">We will email you a link to choose your password.</p>
      <FormError message={form.error?.message} />
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
      <div className="field">
        <label htmlFor="email">Email</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          aria-invalid={form.invalid("email")}
        />
      </div>
      <button className="button" type="submit" disabled={form.pending}>
        {form.pending ? "Sending…" : "Email me a link"}
      </button>
    </form>
  );
}
