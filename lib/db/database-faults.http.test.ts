/**
 * Database faults under the built app (issue 10, item 15), on a PostgreSQL cluster of the test's own:
 * stopped, the app answers 503 with Retry-After within 5 s — API routes, pages and the health check — and
 * recovers once the database is back, without a restart; paused (SIGSTOP: a frozen server that accepts
 * connections and never answers), the same.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { createClient } from "@/lib/db/create-client";
import { applyMigrations } from "@/lib/db/migrate";
import { type AppServer, freePort, startApp } from "@/lib/test-support/app-server";
import { startPrivatePostgres, type PrivatePostgres } from "@/lib/test-support/private-postgres";
import { signIn } from "@/lib/test-support/sign-in";
import { hashPassword } from "@/lib/auth/password";

const PASSWORD = "faults-password-1";

let cluster: PrivatePostgres | undefined;
let app: AppServer | undefined;
let cookie = "";
let slug = "";

beforeAll(async () => {
  cluster = await startPrivatePostgres();
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query("CREATE DATABASE throughline");
  await admin.end();
  const url = cluster.url.replace(/\/postgres$/, "/throughline");
  const { db, database, close } = createClient({ kind: "postgres", url, poolSize: 2, connectTimeoutMs: 5000 });
  await applyMigrations(database);
  const user = await db.user.create({
    data: { email: "owner@faults.test", name: "Owner", passwordHash: await hashPassword(PASSWORD) },
  });
  slug = (
    await createOrganisation({ db, actor: { id: user.id, email: user.email, name: user.name } }, { name: "Faults" })
  ).slug;
  await close();
  app = await startApp(url, await freePort());
  cookie = await signIn(app.origin, "owner@faults.test", PASSWORD);
}, 180_000);

afterAll(async () => {
  await app?.stop();
  cluster?.destroy();
});

/** An API route and a page that read the database for a signed-in user, and the health check. */
const probes = () => [`/api/orgs/${slug}`, `/orgs/${slug}/stories`, "/api/health"];

async function timedGet(url: string): Promise<{ status: number; retryAfter: string | null; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${app!.origin}${url}`, {
    headers: { cookie },
    redirect: "manual",
    signal: AbortSignal.timeout(15_000),
  });
  await response.arrayBuffer();
  return { status: response.status, retryAfter: response.headers.get("retry-after"), ms: performance.now() - started };
}

async function expectUnavailable() {
  for (const url of probes()) {
    const answer = await timedGet(url);
    console.log(`${url}: ${answer.status} after ${Math.round(answer.ms)} ms, Retry-After ${answer.retryAfter}`);
    expect({ url, status: answer.status, retryAfter: answer.retryAfter }).toEqual({
      url,
      status: 503,
      retryAfter: expect.stringMatching(/^\d+$/),
    });
    expect(answer.ms, url).toBeLessThan(5000);
  }
}

/** Every probe answers 200 again within a few seconds of the database coming back, with the same app process. */
async function expectRecovered() {
  const deadline = performance.now() + 15_000;
  for (const url of probes()) {
    let status = 0;
    while (status !== 200 && performance.now() < deadline) {
      status = (await timedGet(url)).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect({ url, status }).toEqual({ url, status: 200 });
  }
}

describe("when the database fails under the running app", () => {
  it("answers normally to begin with", async () => {
    for (const url of probes()) expect((await timedGet(url)).status, url).toBe(200);
  });

  it("stopped: 503 with Retry-After within 5 s; started again: answers without a restart", async () => {
    const pid = app!.pid;
    cluster!.stop();
    await expectUnavailable();
    cluster!.start();
    await expectRecovered();
    expect(app!.pid).toBe(pid);
    expect(() => process.kill(pid, 0)).not.toThrow();
  });

  it("paused (SIGSTOP): 503 with Retry-After within 5 s; resumed: answers without a restart", async () => {
    cluster!.pause();
    try {
      await expectUnavailable();
    } finally {
      cluster!.resume();
    }
    await expectRecovered();
  });
});
