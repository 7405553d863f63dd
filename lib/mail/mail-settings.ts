import { loadEnv } from "@/lib/config/load-env";

export type MailSettings = { smtpUrl?: string; from: string };

/** Read when mail is sent (not at import), so scripts and tests that never send mail need no configuration. */
export function mailSettings(): MailSettings {
  const env = loadEnv();
  return { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM };
}

/** Without a mail server, mail is kept in the outbox: owners read their organisation's in the app. */
export function outboxInUse(): boolean {
  return !mailSettings().smtpUrl;
}
