/**
 * The mail server of the end-to-end tests: a real SMTP server the app sends to (SMTP_URL), and a read-out on
 * loopback for the tests: GET http://127.0.0.1:<read-out port>/messages?to=<address> → the messages, oldest first.
 *   tsx scripts/e2e-mail-server.ts <smtp port> <read-out port>
 */
import { createServer } from "node:http";
import { startSmtpTestServer } from "../lib/test-support/smtp-test-server";

async function main() {
  const [smtpPort, readOutPort] = process.argv.slice(2).map(Number);
  if (!smtpPort || !readOutPort) throw new Error("usage: tsx scripts/e2e-mail-server.ts <smtp port> <read-out port>");
  const smtp = await startSmtpTestServer({ port: smtpPort });
  createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (url.pathname !== "/messages") {
      response.writeHead(404).end();
      return;
    }
    const to = url.searchParams.get("to")?.toLowerCase();
    const messages = to
      ? smtp.messages.filter((m) => m.to.some((address) => address.toLowerCase() === to))
      : smtp.messages;
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(messages));
  }).listen(readOutPort, "127.0.0.1", () =>
    console.log(`Test mail server: SMTP on ${smtpPort}, read-out on ${readOutPort}.`),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
