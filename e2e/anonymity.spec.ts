/**
 * The anonymity attacks of issue 10, verbatim, through HTTP against the built app (DESIGN §4.1.1):
 * an insider combining every view they can reach, over time; a respondent padding a small group; and
 * hidden groups giving away their size. Each ran successfully on the rules before.
 */
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import Papa from "papaparse";
import { demo, mailTo, signIn } from "./helpers";

type Segment = {
  key: string;
  shown: boolean;
  respondents?: number;
  reason?: string;
  items?: { key: string; shown: boolean; n?: number }[];
  comments?: { shown: boolean; byDimension?: Record<string, string[]> };
};
type Results = { available: boolean; total: Segment; breakdown?: { segments: Segment[] }; message?: string };

const MODEL = {
  format: "throughline.model/1",
  organisation: { name: "Attack Co" },
  departments: [
    { key: "contact", name: "Contact centre" },
    { key: "claims", name: "Claims" },
    { key: "it", name: "IT" },
  ],
  roles: [
    { key: "advisor", name: "Advisor", department: "contact", customerFacing: true },
    { key: "team-leader", name: "Team leader", department: "contact", customerFacing: true },
    { key: "handler", name: "Claims handler", department: "claims", customerFacing: true },
    { key: "developer", name: "Developer", department: "it", customerFacing: false },
  ],
  stages: [{ key: "help", name: "Get help" }],
  touchpoints: [],
  objectives: [],
  behaviours: [],
  kpis: [],
  processes: [],
  systems: [],
  influences: [],
};

class Consultant {
  private origin = "";
  constructor(
    private readonly page: Page,
    private readonly org: string,
  ) {}
  static async start(page: Page, name: string) {
    await signIn(page, demo.consultant);
    const origin = new URL(page.url()).origin;
    const created = await page.request.post("/api/orgs", { data: { name }, headers: { origin } });
    expect(created.status(), await created.text()).toBe(201);
    const consultant = new Consultant(page, ((await created.json()) as { slug: string }).slug);
    consultant.origin = origin;
    const imported = await page.request.post(`/api/orgs/${consultant.org}/model`, {
      data: { ...MODEL, organisation: { name } },
      headers: { origin },
    });
    expect(imported.status(), await imported.text()).toBeLessThan(300);
    return consultant;
  }
  private async call(method: string, path: string, data?: unknown) {
    const response = await this.page.request.fetch(`/api/orgs/${this.org}${path}`, {
      method,
      data,
      headers: { origin: this.origin },
    });
    expect(response.status(), `${method} ${path}: ${await response.text()}`).toBeLessThan(300);
    return response;
  }
  async wave(options: Record<string, unknown> = {}) {
    const { id } = (await (
      await this.call("POST", "/waves", { name: `Wave ${Date.now().toString(36)}`, k: 5, ...options })
    ).json()) as { id: string };
    const { sharedLink } = (await (await this.call("POST", `/waves/${id}/open`)).json()) as { sharedLink: string };
    return { id, sharedLink };
  }
  async links(
    wave: string,
    segment: { role?: string; department?: string; level?: string },
    count: number,
  ): Promise<string[]> {
    const csv = await (await this.call("POST", `/waves/${wave}/invitations`, { ...segment, count })).text();
    return Papa.parse<string[]>(csv.trim())
      .data.slice(1)
      .map((row) => row[0]!);
  }
  close = (wave: string) => this.call("POST", `/waves/${wave}/close`);
  snapshot = (wave: string) =>
    this.page.request.post(`/api/orgs/${this.org}/waves/${wave}/snapshots`, { headers: { origin: this.origin } });
  setDomains = (domains: string[]) => this.call("PUT", "/work-email-domains", { domains });
  async results(wave: string, by?: string): Promise<Results> {
    return (await (await this.call("GET", `/waves/${wave}/results${by ? `?by=${by}` : ""}`)).json()) as Results;
  }
  async csv(wave: string, by: string): Promise<string> {
    return (await this.call("GET", `/waves/${wave}/results?by=${by}&format=csv`)).text();
  }
  async headline(
    wave: string,
    scope: string,
  ): Promise<{ shown: boolean; respondents: number | null; hiddenReason: string | null }> {
    return (await (await this.call("GET", `/dashboard/diagnostic?wave=${wave}&${scope}`)).json()) as {
      shown: boolean;
      respondents: number | null;
      hiddenReason: string | null;
    };
  }
}

const ITEM_KEYS = ["pr-defined-1", "pr-defined-2", "pe-people-1", "po-process-1", "po-kpi-2"];

/** Answers a link through the respondent API, as a browser would. */
async function answer(
  request: APIRequestContext,
  link: string,
  answers: Record<string, number | null>,
  comments?: Record<string, string>,
) {
  const token = new URL(link).pathname.split("/").pop()!;
  const headers = { origin: new URL(link).origin };
  expect((await request.get(`/api/survey/${token}`)).status()).toBe(200);
  expect((await request.put(`/api/survey/${token}/answers`, { data: { answers, comments }, headers })).status()).toBe(
    204,
  );
  expect((await request.post(`/api/survey/${token}/submit`, { headers })).status()).toBe(204);
}
const all = (value: number) => Object.fromEntries(ITEM_KEYS.map((key) => [key, value]));
const segment = (results: Results, key: string) => results.breakdown?.segments.find((s) => s.key === key);

test.describe.configure({ mode: "serial" });

test("1 and 6: contact (11) less its advisors (10) is never on offer — not by department and role, not in CSV, not on the dashboards; hidden groups print no count", async ({
  page,
}) => {
  const consultant = await Consultant.start(page, `Attack one ${Date.now().toString(36)}`);
  const { id } = await consultant.wave();
  for (const link of await consultant.links(id, { role: "advisor", level: "frontline" }, 10))
    await answer(page.request, link, all(4));
  for (const link of await consultant.links(id, { role: "team-leader", level: "manager" }, 1))
    await answer(page.request, link, all(1));
  for (const link of await consultant.links(id, { role: "handler", level: "frontline" }, 12))
    await answer(page.request, link, all(3));
  await consultant.close(id);

  const byDepartment = await consultant.results(id, "department");
  const byRole = await consultant.results(id, "role");
  expect(segment(byDepartment, "contact")?.shown && segment(byRole, "advisor")?.shown).toBe(false);
  const [contact, advisor] = [
    await consultant.headline(id, "department=contact"),
    await consultant.headline(id, "role=advisor"),
  ];
  expect(contact.shown && advisor.shown).toBe(false);
  // The CSV names groups as people read them: group, breakdown, respondents, status, …
  const csvShown = (csv: string, name: string) => {
    const row = Papa.parse<string[]>(csv.trim()).data.find((cells) => cells[0] === name);
    expect(row, `${name} in the CSV`).toBeDefined();
    return row![3] === "shown";
  };
  expect(
    csvShown(await consultant.csv(id, "department"), "Contact centre") &&
      csvShown(await consultant.csv(id, "role"), "Advisor"),
  ).toBe(false);
  // 6: whatever is hidden says why and holds no count, in JSON and CSV alike.
  for (const results of [byDepartment, byRole, await consultant.results(id, "level")]) {
    for (const s of [results.total, ...(results.breakdown?.segments ?? [])].filter((s) => !s.shown)) {
      expect(s).not.toHaveProperty("respondents");
      expect(s.reason).toMatch(/fewer than 5|subtraction/);
    }
  }
  for (const hidden of [contact, advisor].filter((h) => !h.shown)) expect(hidden.respondents).toBeNull();
  const teamLeader = Papa.parse<string[]>((await consultant.csv(id, "role")).trim()).data.find(
    (row) => row[0] === "Team leader",
  )!;
  expect(teamLeader[2]).toBe("");
});

test("2: the comments of 22 people less those of 20 are never both shown", async ({ page }) => {
  const consultant = await Consultant.start(page, `Attack two ${Date.now().toString(36)}`);
  const { id } = await consultant.wave();
  let n = 0;
  for (const link of await consultant.links(id, { role: "advisor", level: "frontline" }, 20))
    await answer(page.request, link, all(4), { possible: `Advisor remark ${n++}` });
  for (const link of await consultant.links(id, { role: "team-leader", level: "manager" }, 2))
    await answer(page.request, link, all(2), { possible: "My manager ignores every complaint" });
  for (const link of await consultant.links(id, { role: "handler", level: "frontline" }, 12))
    await answer(page.request, link, all(3));
  await consultant.close(id);
  const contact = segment(await consultant.results(id, "department"), "contact");
  const advisor = segment(await consultant.results(id, "role"), "advisor");
  expect(Boolean(contact?.comments?.shown && advisor?.comments?.shown)).toBe(false);
});

test("3: a statement one person answered in IT is not the total less the other departments", async ({ page }) => {
  const consultant = await Consultant.start(page, `Attack three ${Date.now().toString(36)}`);
  const { id } = await consultant.wave();
  const [first, ...rest] = await consultant.links(id, { department: "it", level: "frontline" }, 6);
  await answer(page.request, first!, all(5));
  for (const link of rest) await answer(page.request, link, { ...all(3), "pr-defined-1": null });
  for (const link of await consultant.links(id, { role: "handler", level: "frontline" }, 12))
    await answer(page.request, link, all(2));
  for (const link of await consultant.links(id, { role: "advisor", level: "frontline" }, 9))
    await answer(page.request, link, all(2));
  await consultant.close(id);
  const results = await consultant.results(id, "department");
  const n = (s: Segment | undefined) => (s?.shown ? s.items?.find((i) => i.key === "pr-defined-1") : undefined);
  const total = n(results.total);
  const others = ["claims", "contact"].map((key) => n(segment(results, key)));
  if (total?.shown && others.every((o) => o?.shown)) {
    const left = total.n! - others.reduce((sum, o) => sum + o!.n!, 0);
    expect(left === 0 || left >= 5).toBe(true);
  }
  expect(n(segment(results, "it"))?.shown ?? false).toBe(false);
});

test("4: an open wave's figures do not move with one more answer — hidden until it closes, or in snapshots of at least k new people", async ({
  page,
}) => {
  const consultant = await Consultant.start(page, `Attack four ${Date.now().toString(36)}`);
  const { id } = await consultant.wave();
  for (const link of await consultant.links(id, { role: "handler", level: "frontline" }, 12))
    await answer(page.request, link, all(3));
  const before = await consultant.results(id, "department");
  for (const link of await consultant.links(id, { role: "advisor", level: "frontline" }, 1))
    await answer(page.request, link, all(1));
  expect([before.available, await consultant.results(id, "department")]).toEqual([false, before]);

  const snapshots = await consultant.wave({ resultsRelease: "snapshots" });
  for (const link of await consultant.links(snapshots.id, { role: "handler", level: "frontline" }, 12))
    await answer(page.request, link, all(3));
  expect((await consultant.snapshot(snapshots.id)).status()).toBe(201);
  const published = await consultant.results(snapshots.id, "department");
  expect(published.total).toMatchObject({ shown: true, respondents: 12 });
  for (const link of await consultant.links(snapshots.id, { role: "advisor", level: "frontline" }, 1))
    await answer(page.request, link, all(1));
  expect(await consultant.results(snapshots.id, "department")).toEqual(published);
  expect((await consultant.snapshot(snapshots.id)).status()).toBe(409);
});

test("5: padding through the shared link cannot make IT's one real respondent visible", async ({ page, browser }) => {
  const consultant = await Consultant.start(page, `Attack five ${Date.now().toString(36)}`);
  await consultant.setDomains(["attack.example"]);
  const { id, sharedLink } = await consultant.wave();
  for (const link of await consultant.links(id, { department: "it", level: "frontline" }, 1))
    await answer(page.request, link, all(1));
  for (const link of await consultant.links(id, { role: "handler", level: "frontline" }, 12))
    await answer(page.request, link, all(3));
  const sharedToken = new URL(sharedLink).pathname.split("/").pop()!;
  const attacker = (await browser.newContext()).request;
  const headers = { origin: new URL(sharedLink).origin };
  // Free addresses are refused; one mailbox gets one answer, however often it asks.
  for (const email of ["a@free.example", "b@free.example", "c@free.example", "d@free.example"]) {
    expect(
      (await attacker.post(`/api/survey/shared/${sharedToken}/personal-link`, { data: { email }, headers })).status(),
    ).toBe(400);
  }
  // A verified link has no answer-without-address door.
  expect(
    (
      await attacker.post(`/api/survey/shared/${sharedToken}`, {
        data: { department: "it", level: "frontline" },
        headers,
      })
    ).status(),
  ).toBe(409);
  for (let i = 0; i < 3; i++)
    expect(
      (
        await attacker.post(`/api/survey/shared/${sharedToken}/personal-link`, {
          data: { email: `mallory+${i}@attack.example` },
          headers,
        })
      ).status(),
    ).toBe(200);
  // Each request made a new link and retired the one before: the third mail's is the one that works.
  const mail = await mailTo("mallory@attack.example", { subject: /Your link/, nth: 3 });
  const personal = /https?:\/\/\S+\/s\/[\w-]+/.exec(mail.text)![0];
  const token = new URL(personal).pathname.split("/").pop()!;
  expect(
    (
      await attacker.post(`/api/survey/${token}/segment`, { data: { department: "it", level: "frontline" }, headers })
    ).status(),
  ).toBe(204);
  expect((await attacker.put(`/api/survey/${token}/answers`, { data: { answers: all(5) }, headers })).status()).toBe(
    204,
  );
  expect((await attacker.post(`/api/survey/${token}/submit`, { headers })).status()).toBe(204);
  expect((await attacker.post(`/api/survey/${token}/submit`, { headers })).status()).toBe(409);
  await consultant.close(id);
  const it = segment(await consultant.results(id, "department"), "it");
  expect(it).toMatchObject({ key: "it", shown: false, reason: expect.stringContaining("fewer than 5") });
  expect(it).not.toHaveProperty("respondents");
});
