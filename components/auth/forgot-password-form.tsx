"use client";

import { useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
import { CheckYourInbox } from "./check-your-inbox";

const emailOf = (form: FormData) => String(form.get("email") ?? "").trim();

export function ForgotPasswordForm() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useApiForm({
    send: (data) => api.post("/api/account/password-reset", { email: emailOf(data) }),
    onSuccess: (_, data) => setSentTo(emailOf(data)),
  });

  if (sentTo) {
    return (
      <CheckYourInbox email={sentTo} onRestart={() => setSentTo(null)}>
        Open the link in it to choose a new password. The link works for one hour.
      </CheckYourInbox>
    );
  }

  return (
    <form onSubmit={form.onSubmit} noValidate>
      <p className="muted">
        Enter the email address you sign in with. We will email you a link to choose a new password.
      </p>
      <FormError message={form.error?.message} />
      <div className="field">
        <label htmlFor="email">Email</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          autoFocus
          aria-invalid={form.invalid("email")}
        />
      </div>
      <button className="button" type="submit" disabled={form.pending}>
        {form.pending ? "Sending…" : "Email me a link"}
      </button>
    </form>
  );
}
