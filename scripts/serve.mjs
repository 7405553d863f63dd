#!/usr/bin/env node
/**
 * The production server: Next's own request handler (`next({ dev: false })`, the build in .next/) behind
 * three guards `next start` does not give.
 *  - The client address comes from the socket and TRUST_PROXY (trusted proxy hops), and replaces
 *    X-Forwarded-For, so nothing downstream (throttles, logs) can be told another address by a client.
 *    Without trusted hops, client-sent X-Forwarded-Host/-Proto/-Port are dropped too.
 *  - A body larger than its path allows (lib/server/body-limits.mjs) is refused with 413 before Next reads
 *    it; a chunked body is cut one byte past the limit, which the route's capped reader answers with 413.
 *  - While the database layer reports the database unreachable, a 500 goes out as 503 with Retry-After,
 *    pages included.
 *
 *   node scripts/serve.mjs [-p 3000] [-H 127.0.0.1]     (PORT is read too; all interfaces by default)
 */
import { createServer } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { bodyLimitFor, describeBytes } from "../lib/server/body-limits.mjs";
import { clientAddress, parseTrustProxy } from "../lib/server/client-address.mjs";
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from "../lib/server/database-availability.mjs";

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values: args } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const port = Number(args.port ?? process.env.PORT ?? 3000);
const hostname = args.hostname;

// This server only ever serves the production build; Next reads .env files as `next start` does, and
// it must do so before TRUST_PROXY is read here.
process.env.NODE_ENV = "production";
const require = createRequire(import.meta.url);
require(createRequire(require.resolve("next")).resolve("@next/env")).loadEnvConfig(dir, false, {
  info() {},
  error: console.error,
});

let trustedHops;
try {
  trustedHops = parseTrustProxy(process.env.TRUST_PROXY);
} catch (error) {
  console.error(`Throughline cannot start. Invalid environment:\n  TRUST_PROXY: ${error.message}`);
  process.exit(1);
}

/** X-Forwarded-For becomes the one address we derived; other client-sent proxy headers go unless a proxy we trust wrote them. */
function settleForwardingHeaders(req) {
  req.headers["x-forwarded-for"] = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trustedHops);
  delete req.headers["forwarded"];
  delete req.headers["x-real-ip"];
  if (trustedHops === 0) {
    delete req.headers["x-forwarded-host"];
    delete req.headers["x-forwarded-proto"];
    delete req.headers["x-forwarded-port"];
  }
}

/**
 * Once the answer is out, a client still sending an oversized body has a moment to finish (its bytes are
 * read and thrown away, never kept) so it can read the answer; then the connection is dropped. Closing at
 * once — as Node does after an answer with Connection: close — would reset the connection under a client
 * still writing and lose the answer.
 */
const LINGER_MS = 2000;
function dropIfStillSending(req, res) {
  const socket = req.socket;
  socket.destroySoon = function lingeringClose() {
    this.end();
    setTimeout(() => this.destroy(), LINGER_MS).unref();
  };
  const drop = () => setTimeout(() => req.complete || socket.destroy(), LINGER_MS).unref();
  if (res.writableFinished) drop();
  else res.once("finish", drop);
}

function refuseTooLarge(req, res, limit) {
  const problem = {
    type: "about:blank",
    title: "Payload too large",
    status: 413,
    detail: `The request body is larger than the ${describeBytes(limit)} this address accepts.`,
  };
  res.writeHead(413, { "content-type": "application/problem+json", "cache-control": "no-store" });
  res.end(JSON.stringify(problem));
  dropIfStillSending(req, res);
}

/**
 * Refuses a declared Content-Length over the limit at once (false: answered). Otherwise counts the body as
 * the HTTP parser hands it over: whatever reads it gets one byte past the limit (the capped reader answers
 * 413 on seeing it) and nothing more; the rest is thrown away as it arrives. The body is not ended early:
 * Node would take an early end for an aborted request and reset the connection before the answer.
 */
function limitOf(req) {
  let pathname = "/";
  try {
    pathname = new URL(req.url ?? "/", "http://x").pathname;
  } catch {
    // Next refuses a request it cannot parse; the default limit applies until then.
  }
  return bodyLimitFor(req.method, pathname);
}

const declaredTooLarge = (req, limit) =>
  req.headers["content-length"] !== undefined && !(Number(req.headers["content-length"]) <= limit);

function limitBody(req, res) {
  const limit = limitOf(req);
  if (declaredTooLarge(req, limit)) {
    refuseTooLarge(req, res, limit);
    return false;
  }
  let received = 0;
  let cut = false;
  const push = req.push;
  req.push = function pushWithinLimit(chunk, encoding) {
    if (chunk === null) return push.call(this, chunk, encoding);
    if (cut) return true;
    received += chunk.length;
    if (received <= limit) return push.call(this, chunk, encoding);
    cut = true;
    push.call(this, chunk.subarray(0, chunk.length - (received - limit - 1)));
    dropIfStillSending(req, res);
    return true;
  };
  return true;
}

/** While the database is down, an error page or unexpected route error goes out as 503 with Retry-After. */
function unavailableInsteadOfError(res) {
  const writeHead = res.writeHead;
  res.writeHead = function writeHeadWithRetry(statusCode, ...rest) {
    if (statusCode === 500 && isDatabaseUnavailable()) {
      statusCode = 503;
      if (typeof rest[0] === "string") rest[0] = "Service Unavailable";
      if (!this.headersSent) this.setHeader("retry-after", String(DATABASE_RETRY_AFTER_SECONDS));
    }
    return writeHead.call(this, statusCode, ...rest);
  };
}

const next = require("next");
const app = next({ dev: false, dir, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

function serve(req, res) {
  settleForwardingHeaders(req);
  if (!limitBody(req, res)) return;
  unavailableInsteadOfError(res);
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) {
      res.statusCode = 500;
      res.end("Internal error");
    } else res.destroy();
  });
}

const server = createServer(serve);
// A client that asks before sending a body (Expect: 100-continue, as curl does for large uploads) is told
// to go ahead only when the body may fit; otherwise it hears 413 without sending it.
server.on("checkContinue", (req, res) => {
  if (!declaredTooLarge(req, limitOf(req))) res.writeContinue();
  serve(req, res);
});

server.listen(port, hostname, () => {
  console.log(
    `Throughline is listening on http://${hostname ?? "localhost"}:${port}${trustedHops ? ` (trusting ${trustedHops} proxy hop${trustedHops === 1 ? "" : "s"})` : ""}`,
  );
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
