"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
import { useRespondentError } from "./use-respondent-error";

/** A verified shared link: the respondent's work address gets a personal single-use link. */
export function PersonalLinkForm({ token, workEmailDomains }: { token: string; workEmailDomains: string[] }) {
  const t = useTranslations("Survey.personalLink");
  const errorText = useRespondentError();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const emailOf = (form: FormData) => String(form.get("email") ?? "");
  const form = useApiForm({
    send: (data) => api.post(`/api/survey/shared/${encodeURIComponent(token)}/personal-link`, { email: emailOf(data) }),
    onSuccess: (_, data) => setSentTo(emailOf(data)),
  });
  if (sentTo) {
    return (
      <div className="alert success" role="status">
        <p>{t.rich("sent", { email: sentTo, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      </div>
    );
  }
  return (
    <form onSubmit={form.onSubmit}>
      <FormError message={errorText(form.error, "personalLink.failed")} />
      <div className="field">
        <label htmlFor="email">{t("email")}</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          aria-describedby="email-hint"
          placeholder={t("placeholder", { domain: workEmailDomains[0] ?? "company.com" })}
        />
      </div>
      <button className="button" type="submit" disabled={form.pending}>
        {t("send")}
      </button>
      <p className="hint" id="email-hint">
        {t("hint")}
      </p>
    </form>
  );
}
