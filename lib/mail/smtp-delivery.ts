import nodemailer, { type Transporter } from "nodemailer";
import { MailDeliveryError } from "@/lib/errors";
import type { MailMessage } from "./mail-message";

// One pooled transport per server URL and process. Short timeouts: mail is sent while someone waits for the page.
const transports = new Map<string, Transporter>();

/**
 * `bulk` (invitations, reminders) gets its own pool with more connections: a mail server answers each
 * mail in a few round trips, so throughput comes from sending on several connections at once.
 */
export function transportFor(smtpUrl: string, use: "interactive" | "bulk" = "interactive"): Transporter {
  const key = `${use} ${smtpUrl}`;
  let transport = transports.get(key);
  if (!transport) {
    const url = new URL(smtpUrl);
    transport = nodemailer.createTransport({
      host: url.hostname,
      port: url.port ? Number(url.port) : url.protocol === "smtps:" ? 465 : 587,
      secure: url.protocol === "smtps:",
      auth: url.username
        ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
        : undefined,
      pool: true,
      ...(use === "bulk" ? { maxConnections: 16, maxMessages: 1000 } : {}),
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    transports.set(key, transport);
  }
  return transport;
}

export async function deliverBySmtp(smtpUrl: string, from: string, message: MailMessage): Promise<void> {
  try {
    await transportFor(smtpUrl).sendMail({ from, to: message.to, subject: message.subject, text: message.text });
  } catch (error) {
    // The server's answer may name internals (hosts, accounts): log it, tell the person only that it failed.
    console.error("Mail to the SMTP server failed:", error instanceof Error ? error.message : error);
    throw new MailDeliveryError();
  }
}
