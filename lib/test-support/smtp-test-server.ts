/**
 * A real SMTP server for tests (smtp-server): it accepts every message on a free loopback port, parses it
 * with mailparser and keeps it, so a test reads what a mail client would receive.
 */
import type { AddressInfo, Socket } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { from: string; to: string[]; subject: string; text: string; receivedAt: string };

export type SmtpTestServer = {
  url: string;
  port: number;
  messages: ReceivedMail[];
  /** The first message (already received or arriving within the timeout) that matches. */
  waitFor: (match: (mail: ReceivedMail) => boolean, timeoutMs?: number) => Promise<ReceivedMail>;
  close: () => Promise<void>;
};

export type SmtpTestServerOptions = {
  port?: number;
  /** Recipients the server refuses (as a real server refuses an unknown mailbox). */
  refuse?: (recipient: string) => boolean;
};

export async function startSmtpTestServer({ port = 0, refuse }: SmtpTestServerOptions = {}): Promise<SmtpTestServer> {
  const messages: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: offering STARTTLS with the self-signed default certificate would make clients fail.
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuse?.(address.address)) callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
      else callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          messages.push({
            from: parsed.from?.text ?? "",
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            receivedAt: new Date().toISOString(),
          });
          for (const wake of waiters) wake();
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  // Replies at once (no Nagle delay): the sender's throughput is then the app's, not the test server's.
  server.server.on("connection", (socket: Socket) => socket.setNoDelay(true));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  // A client that drops its connection — a sender killed mid-send — makes the server emit "error" (ECONNRESET):
  // that is the client's doing, not the test server failing, and unheard it would stop the whole test run.
  server.on("error", () => {});
  const actualPort = (server.server.address() as AddressInfo).port;

  async function waitFor(match: (mail: ReceivedMail) => boolean, timeoutMs = 10_000): Promise<ReceivedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = messages.find(match);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`No matching mail within ${timeoutMs} ms (received ${messages.length}).`);
      await new Promise<void>((resolve) => {
        const wake = () => {
          waiters.delete(wake);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(wake, left);
        waiters.add(wake);
      });
    }
  }

  return {
    url: `smtp://127.0.0.1:${actualPort}`,
    port: actualPort,
    messages,
    waitFor,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link in a mail's text that starts with `prefix` (e.g. "http://localhost:3000/signup/"). */
/** The survey token of a mailed link (`…/s/<token>?language=fr`). */
export function surveyTokenIn(text: string): string {
  const link = new URL(linkIn(text, "http://localhost:3000/s/"));
  return link.pathname.split("/s/")[1]!;
}

export function linkIn(text: string, prefix: string): string {
  const found = text.split(/\s+/).find((word) => word.startsWith(prefix));
  if (!found) throw new Error(`No link starting with ${prefix} in:\n${text}`);
  return found;
}
