"use client";

import { useState } from "react";
import { FormError } from "@/components/ui/form-error";

/** A verified shared link: the respondent's work address gets a personal single-use link. */
export function PersonalLinkForm({ token, workEmailDomains }: { token: string; workEmailDomains: string[] }) {
  const [error, setError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  if (sentTo) {
    return (
      <div className="alert success" role="status">
        <p><strong>Check your inbox.</strong> If {sentTo} may answer this survey, a personal link is on its way to it. It works once, and brings you back to your answers if you stop halfway.</p>
      </div>
    );
  }
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        setPending(true);
        const email = String(new FormData(event.currentTarget).get("email") ?? "");
        const response = await fetch(`/api/survey/shared/${encodeURIComponent(token)}/personal-link`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email }) });
        const body = await response.json().catch(() => ({}));
        setPending(false);
        if (!response.ok) return setError(body.detail ?? "Could not send the link.");
        setSentTo(email);
      }}
    >
      <FormError message={error} />
      <div className="field">
        <label htmlFor="email">Your work email address</label>
        <input id="email" name="email" type="email" autoComplete="email" required placeholder={workEmailDomains[0] ? `name@${workEmailDomains[0]}` : "name@company.com"} />
      </div>
      <button className="button" type="submit" disabled={pending}>Send me my link</button>
      <p className="hint">Each address answers once. Your address is kept only to know that you answered — never with your answers.</p>
    </form>
  );
}
