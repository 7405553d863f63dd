"use client";

import { useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";

/** A verified shared link: the respondent's work address gets a personal single-use link. */
export function PersonalLinkForm({ token, workEmailDomains }: { token: string; workEmailDomains: string[] }) {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const emailOf = (form: FormData) => String(form.get("email") ?? "");
  const form = useApiForm({
    send: (data) => api.post(`/api/survey/shared/${encodeURIComponent(token)}/personal-link`, { email: emailOf(data) }),
    onSuccess: (_, data) => setSentTo(emailOf(data)),
  });
  if (sentTo) {
    return (
      <div className="alert success" role="status">
        <p>
          <strong>Check your inbox.</strong> If {sentTo} may answer this survey, a personal link is on its way to it. It
          works once, and brings you back to your answers if you stop halfway.
        </p>
      </div>
    );
  }
  return (
    <form onSubmit={form.onSubmit}>
      <FormError message={form.error?.detailOr("Could not send the link.")} />
      <div className="field">
        <label htmlFor="email">Your work email address</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          placeholder={workEmailDomains[0] ? `name@${workEmailDomains[0]}` : "name@company.com"}
        />
      </div>
      <button className="button" type="submit" disabled={form.pending}>
        Send me my link
      </button>
      <p className="hint">
        Each address answers once. Your address is kept only to know that you answered — never with your answers.
      </p>
    </form>
  );
}
