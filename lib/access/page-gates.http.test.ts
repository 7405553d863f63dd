/**
 * Pages through HTTP against the built app: an unknown id, key or token answers 404 (never a 500), a
 * visitor without a session is sent to sign-in and back, and the findings page and API treat an invalid
 * filter as lib/findings/list-findings.ts decides. `npm run build` first; see vitest.http.config.mts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDemoApp, type DemoApp } from "@/lib/test-support/demo-app";

const ORG = "harbour-mutual";
const OWNER = "consultant@demo.throughline.test";

let app: DemoApp;
let cookie: string;

beforeAll(async () => {
  app = await startDemoApp();
  cookie = await app.signInAs(OWNER);
});

afterAll(async () => {
  await app?.close();
});

const get = (path: string, signedIn = true) =>
  fetch(`${app.origin}${path}`, { redirect: "manual", headers: signedIn ? { cookie } : {} });

describe("organisation pages", () => {
  it("answer 200 for what exists (the control)", async () => {
    for (const path of [
      `/orgs/${ORG}`,
      `/orgs/${ORG}/findings`,
      `/orgs/${ORG}/model/advisor/help`,
      `/orgs/${ORG}/departments/contact`,
    ]) {
      expect({ path, status: (await get(path)).status }).toEqual({ path, status: 200 });
    }
  });

  it.each([
    ["an unknown organisation", `/orgs/no-such-org`],
    ["an unknown wave id", `/orgs/${ORG}/diagnostic/cl0000000000000000000000`],
    ["a wave id that cannot be one", `/orgs/${ORG}/diagnostic/%00`],
    ["an unknown behaviour key", `/orgs/${ORG}/behaviours/no-such-behaviour`],
    ["an unknown role in the model", `/orgs/${ORG}/model/no-such-role/help`],
    ["an unknown stage in the model", `/orgs/${ORG}/model/advisor/no-such-stage`],
    ["an unknown department", `/orgs/${ORG}/departments/no-such-department`],
    ["an unknown role's dashboard", `/orgs/${ORG}/roles/no-such-role`],
    ["an unknown KPI", `/orgs/${ORG}/inventory/kpis/no-such-kpi`],
    ["an unknown instrument", `/orgs/${ORG}/diagnostic/instruments/no-such-instrument`],
  ])("answer 404 for %s", async (_what, path) => {
    expect((await get(path)).status).toBe(404);
  });

  it("send a visitor without a session to sign-in, back to the page asked for", async () => {
    const response = await get(`/orgs/${ORG}/findings`, false);
    expect(response.status).toBeGreaterThanOrEqual(300);
    expect(response.status).toBeLessThan(400);
    expect(response.headers.get("location")).toContain(
      `/login?callbackUrl=${encodeURIComponent(`/orgs/${ORG}/findings`)}`,
    );
  });
});

describe("pages opened from a link", () => {
  it.each([
    ["an unknown survey token", "/s/no-such-token"],
    ["an unknown shared survey link", "/s/shared/no-such-token"],
    ["an unknown workshop token", "/w/no-such-token"],
  ])("answer 404 for %s", async (_what, path) => {
    expect((await get(path, false)).status).toBe(404);
  });
});

describe("an invalid findings filter", () => {
  it("is a 400 on the API naming the field and the value found", async () => {
    const response = await get(`/api/orgs/${ORG}/findings?severity=extreme`);
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { field?: string; detail: string };
    expect(problem.field).toBe("severity");
    expect(problem.detail).toContain('"extreme"');
  });

  it("is the same message in an alert on the page, which lists findings without that filter", async () => {
    const response = await get(`/orgs/${ORG}/findings?severity=extreme&rule=F6`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(
      /role="alert"[^>]*data-testid="filter-problems"|data-testid="filter-problems"[^>]*role="alert"/,
    );
    expect(html).toContain("severity: &quot;extreme&quot; is not one of low, medium, high, critical.");
    const api = (await (await get(`/api/orgs/${ORG}/findings?rule=F6`)).json()) as { findings: unknown[] };
    expect(html.match(/data-testid="finding"/g)?.length ?? 0).toBe(api.findings.length);
  });

  it("leaves a valid query as it was on the API (the e2e suite's expectations), and dismissed findings out by default", async () => {
    const body = (await (await get(`/api/orgs/${ORG}/findings?rule=F6`)).json()) as {
      findings: { subjects: { key: string }[] }[];
      dismissed: number;
      alignment: { organisation: number };
    };
    expect(body.findings.map((f) => f.subjects[0]!.key)).toEqual(["email-open-rate"]);
    expect(body.alignment.organisation).toBe(25);
    expect(body.dismissed).toBe(0);
    const dismissed = (await (await get(`/api/orgs/${ORG}/findings?show=dismissed`)).json()) as { findings: unknown[] };
    expect(dismissed.findings).toEqual([]);
    expect((await get(`/orgs/${ORG}/findings?show=dismissed&sort=rule`)).status).toBe(200);
  });
});
