/**
 * Fuzz test of every state-changing API route, through HTTP against the built app (issue 10, item 14).
 * The routes are the files under app/api and the methods they export, so a new route is fuzzed without
 * being listed here. Signed in as an organisation owner, each route gets bodies a client could send by
 * mistake or on purpose — NUL characters, lone surrogates, year 0000, 2^31, 10,000-deep nesting, wrong
 * types and content types, oversized bodies — and the keyed creates get simultaneous duplicates.
 * Asserted: no 5xx, ever; and after every 4xx, nothing in the database changed (every table's rows and
 * their contents, the audit log included, in one SQL statement).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bodyLimitFor } from "@/lib/server/body-limits.mjs";
import { startDemoApp, type DemoApp } from "@/lib/test-support/demo-app";

const ORG = "harbour-mutual";
const OWNER = "consultant@demo.throughline.test";
/** Generated bodies per route, on top of the fixed cases; the whole file stays within a couple of minutes. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);

type Method = "POST" | "PUT" | "PATCH" | "DELETE";
type Route = { file: string; template: string; method: Method };

/** Every route file under app/api and the state-changing methods it exports. */
function stateChangingRoutes(): Route[] {
  const routes: Route[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const source = readFileSync(full, "utf8");
        const exported = new Set<string>();
        for (const match of source.matchAll(
          /export\s+(?:const|async function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g,
        ))
          exported.add(match[1]!);
        for (const match of source.matchAll(/export\s*\{([^}]*)\}/g))
          for (const name of match[1]!.matchAll(/\bas\s+(POST|PUT|PATCH|DELETE)\b|^\s*(POST|PUT|PATCH|DELETE)\s*$/gm))
            exported.add((name[1] ?? name[2])!);
        const template = "/" + path.relative("app", path.dirname(full)).split(path.sep).join("/");
        for (const method of exported)
          if (method !== "GET") routes.push({ file: path.relative("app", full), template, method: method as Method });
      }
    }
  };
  walk(path.join("app", "api"));
  // Respondents first (renewing a wave's shared link ends the old one); changes that end things (closing,
  // submitting, deleting) last, so the routes before them still find what they act on.
  const rank = (route: Route) =>
    route.method === "DELETE"
      ? 4
      : /\/close$/.test(route.template)
        ? 3
        : /\/submit$/.test(route.template)
          ? 2
          : /^\/api\/(survey|workshop|obstacle)\//.test(route.template)
            ? 0
            : 1;
  return routes.sort(
    (a, b) => rank(a) - rank(b) || a.template.localeCompare(b.template) || a.method.localeCompare(b.method),
  );
}

const ROUTES = stateChangingRoutes();
const routeKey = (route: Route) => `${route.method} ${route.template}`;

/** What each route reads from its body. */
function bodyKind(route: Route): "json" | "csv" | "form" {
  if (route.template.startsWith("/api/auth/")) return "form";
  if (/\/model\/csv$|\/responses$|\/people$/.test(route.template)) return "csv";
  return "json";
}

/** A valid body per route, for the demo organisation: mutating one field at a time reaches the checks behind the first. */
const SAMPLES: Record<string, unknown> = {
  "POST /api/account": { name: "New Person", email: "new.person@example.test", password: "long-enough-password" },
  "POST /api/orgs": { name: "Fuzzed organisation", industry: "telecom" },
  "PATCH /api/orgs/[org]": { name: "Harbour Mutual" },
  "PUT /api/orgs/[org]/industry": { industry: "insurance" },
  "PATCH /api/orgs/[org]/actions/[action]": { status: "in_progress", due: "2027-03-01" },
  "POST /api/orgs/[org]/actions": {
    findingId: "F6:kpi:email-open-rate",
    title: "Fuzzed action",
    owner: OWNER,
    due: "2027-01-01",
  },
  "POST /api/orgs/[org]/behaviours": {
    role: "advisor",
    stage: "help",
    action: "Fuzzed behaviour that someone would see",
    why: "Because",
    objectives: [],
  },
  "PATCH /api/orgs/[org]/behaviours/[behaviour]": {
    action: "Resolves the customer's problem on the first call",
    expectedVersion: 1,
  },
  "POST /api/orgs/[org]/behaviours/[behaviour]/transitions": { to: "retired", comment: "Fuzzed", expectedVersion: 2 },
  "POST /api/orgs/[org]/exposures": { role: "invoicer", kind: "shift", date: "2026-01-15", people: 2 },
  "POST /api/orgs/[org]/findings/reviews": {
    findingId: "F6:kpi:email-open-rate",
    state: "acknowledged",
    reason: "Seen",
  },
  "POST /api/orgs/[org]/influences": {
    source: "kpi:aht",
    behaviour: "resolve-on-call",
    effect: "obstructs",
    strength: 2,
    why: "Time pressure",
  },
  "POST /api/orgs/[org]/instruments": {
    format: "throughline.instrument/1",
    name: "Fuzzed instrument",
    items: [
      {
        key: "q1",
        dimension: "practical",
        theme: "Tools",
        text: "I have what I need to help customers.",
        reversed: false,
      },
    ],
  },
  "PUT /api/orgs/[org]/instruments/[instrument]": {
    format: "throughline.instrument/1",
    name: "Fuzzed instrument",
    items: [{ key: "q1", dimension: "personal", theme: "Care", text: "I care how customers feel.", reversed: false }],
  },
  "POST /api/orgs/[org]/instruments/[instrument]/copy": { name: "Fuzzed copy" },
  "POST /api/orgs/[org]/kpis": {
    name: "Fuzzed KPI",
    direction: "higher",
    department: "contact",
    payLinked: false,
    horizon: "short",
    category: "operational",
  },
  "PUT /api/orgs/[org]/kpis/[kpi]": {
    name: "Average handling time",
    direction: "lower",
    department: "contact",
    payLinked: true,
    horizon: "short",
    category: "operational",
  },
  "POST /api/orgs/[org]/members": { email: "fuzzed.member@example.test", role: "viewer" },
  "PATCH /api/orgs/[org]/members/[member]": { role: "viewer", departments: [] },
  "POST /api/orgs/[org]/model": { format: "throughline.model/1" },
  "POST /api/orgs/[org]/model/edits": {
    op: "addRole",
    name: "Fuzzed role",
    department: "contact",
    customerFacing: true,
    headcount: 3,
  },
  "POST /api/orgs/[org]/processes": { name: "Fuzzed process", department: "contact" },
  "POST /api/orgs/[org]/scenarios": {
    name: "Fuzzed scenario",
    edits: [{ edit: "addCounter", kpi: "aht", counter: "fcr" }],
  },
  "POST /api/orgs/[org]/scenarios/preview": { edits: [{ edit: "dropPayLink", kpi: "aht" }] },
  "POST /api/orgs/[org]/scenarios/new-kpi": {
    kpi: {
      name: "Fuzzed KPI",
      department: "contact",
      payLinked: false,
      direction: "lower",
      horizon: "short",
      category: "customer",
      definition: "",
      measuredRoles: ["advisor"],
      counters: ["aht"],
    },
    edits: [{ edit: "dropPayLink", kpi: "aht" }],
  },
  "PATCH /api/orgs/[org]/scenarios/[scenario]": { name: "Fuzzed scenario, renamed", shared: true },
  "POST /api/orgs/[org]/scenarios/[scenario]/action": { title: "Fuzzed scenario action" },
  "POST /api/orgs/[org]/stories": {
    customer: "Fuzzed customer",
    narrative: "What happened, in their words.",
    sentiment: "negative",
    source: "complaint",
    stage: "help",
    roles: [],
  },
  "PUT /api/orgs/[org]/stories/[story]": {
    customer: "Mrs Okafor",
    narrative: "What happened, in their words.",
    sentiment: "negative",
    source: "complaint",
  },
  "POST /api/orgs/[org]/systems": { name: "Fuzzed system", trainedShare: 0.5, peopleSpend: 100, technologySpend: 200 },
  "POST /api/orgs/[org]/waves": {
    name: "Fuzzed wave",
    k: 5,
    audienceDepartments: [],
    audienceRoles: [],
    opensOn: "2027-01-01",
    closesOn: "2027-02-01",
  },
  "POST /api/orgs/[org]/waves/[wave]/invitations": { department: "contact", level: "frontline", count: 1 },
  "PUT /api/orgs/[org]/waves/[wave]/mail-texts": {
    kind: "invitation",
    subject: "Fuzzed {wave}",
    body: "Answer here: {link}",
  },
  "POST /api/orgs/[org]/waves/[wave]/sending": { send: "new" },
  "POST /api/orgs/[org]/workshops": { name: "Fuzzed workshop" },
  // (filled with the wave's statements before the tests)
  "PUT /api/survey/[token]/answers": { answers: {} },
  "POST /api/survey/shared/[token]": { department: "contact", level: "frontline" },
  "POST /api/workshop/[token]": {
    best: { story: "They called me back within the hour.", why: "I was heard", weCreateIt: "yes" },
  },
  "POST /api/obstacle/[token]": {
    kind: "form",
    title: "Fuzzed form",
    effect: "Customers fill it in twice.",
    stage: "help",
  },
  "POST /api/orgs/[org]/obstacles": {
    kind: "process",
    title: "Fuzzed process",
    effect: "Customers wait a week for it.",
    stage: "help",
    department: "contact",
    named: false,
  },
  "PATCH /api/orgs/[org]/obstacles/[report]": { answer: "Fuzzed answer", department: "contact" },
  "POST /api/orgs/[org]/obstacles/[report]/triage": { outcome: "decline", answer: "Fuzzed reason" },
};

const CSV_SAMPLES: Record<string, string> = {
  "POST /api/orgs/[org]/model/csv":
    "key,name,department,customerFacing,headcount\nfuzz-role,Fuzzed role,contact,yes,2\n",
  "POST /api/orgs/[org]/waves/[wave]/responses": "department,role,level\ncontact,advisor,frontline\n",
  "POST /api/orgs/[org]/waves/[wave]/people":
    "email,department,role,level,language\nfuzz@example.test,contact,advisor,frontline,en\n",
};

/** Keyed creates: a body per unique key n, to send the same one several times at once. */
const KEYED_CREATES: Record<string, (n: number) => unknown> = {
  "POST /api/orgs": (n) => ({ name: `Twin organisation ${n}` }),
  "POST /api/orgs/[org]/actions": (n) => ({
    findingId: "F6:kpi:email-open-rate",
    title: `Twin action ${n}`,
    owner: OWNER,
    due: "2027-01-01",
  }),
  "POST /api/orgs/[org]/behaviours": (n) => ({
    role: "advisor",
    stage: "help",
    action: `Twin behaviour number ${n} as anyone would see it`,
  }),
  "POST /api/orgs/[org]/kpis": (n) => ({
    name: `Twin KPI ${n}`,
    direction: "higher",
    department: "contact",
    payLinked: false,
    horizon: "short",
    category: "operational",
  }),
  "POST /api/orgs/[org]/processes": (n) => ({ name: `Twin process ${n}`, department: "contact" }),
  "POST /api/orgs/[org]/systems": (n) => ({ name: `Twin system ${n}` }),
  "POST /api/orgs/[org]/stories": (n) => ({
    customer: `Twin customer ${n}`,
    narrative: "The same story, twice at once.",
    sentiment: "positive",
    source: "interview",
  }),
  "POST /api/orgs/[org]/members": (n) => ({ email: `twin.member.${n}@example.test`, role: "viewer" }),
  "POST /api/orgs/[org]/model/edits": (n) => ({ op: "addObjective", name: `Twin objective ${n}` }),
  "POST /api/orgs/[org]/instruments/[instrument]/copy": (n) => ({ name: `Twin instrument ${n}` }),
  "POST /api/orgs/[org]/waves": (n) => ({ name: `Twin wave ${n}` }),
  "POST /api/orgs/[org]/workshops": (n) => ({ name: `Twin workshop ${n}` }),
};

/** Field names the app's schemas use, for bodies built from nothing. */
const FIELD_POOL = [
  "name",
  "title",
  "key",
  "email",
  "password",
  "role",
  "stage",
  "department",
  "action",
  "why",
  "due",
  "date",
  "people",
  "count",
  "k",
  "expectedVersion",
  "customer",
  "narrative",
  "format",
  "items",
  "answers",
  "op",
  "headcount",
  "strength",
  "level",
  "status",
  "to",
  "findingId",
  "state",
  "reason",
  "source",
  "behaviour",
  "effect",
  "best",
  "worst",
];

/** Any UTF-16 code unit, NUL and lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));
const nasty: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    "a\u0000b",
    "\u0000",
    "\ud800",
    "tail\udfff",
    "\udc00\ud800",
    "0000-01-01",
    "0000-00-00",
    "-000001-01-01",
    "+275760-09-13",
    "9999-12-31",
    "2026-02-30",
    "0000-01-01T00:00:00Z",
    "",
    "  ",
    '=HYPERLINK("http://evil.example")',
    "x".repeat(5000),
    "' OR 1=1 --",
  ),
  fc.constantFrom(2147483648, -2147483649, 2 ** 53, 4294967296, -1, 0, 1.5, 1e308, -1e308),
  fc.string({ unit: codeUnit, maxLength: 12 }),
  fc.constantFrom(true, false, null, [], {}, ["\u0000"], { nested: "\ud800" }),
);

type Leaf = (string | number)[];
function leaves(value: unknown, at: Leaf = []): Leaf[] {
  if (Array.isArray(value)) return value.length ? value.flatMap((item, i) => leaves(item, [...at, i])) : [at];
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, item]) => leaves(item, [...at, key]));
  return at.length ? [at] : [];
}
function withLeaf(value: unknown, at: Leaf, replacement: unknown): unknown {
  if (at.length === 0) return replacement;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[at[0]!] = withLeaf(copy[at[0]!], at.slice(1), replacement);
  return copy;
}

type Attempt = {
  label: string;
  body?: string | Uint8Array;
  contentType?: string;
  chunked?: boolean;
  expect413?: boolean;
};
const DEEP = "[".repeat(10_000) + "]".repeat(10_000);

function fixedAttempts(route: Route): Attempt[] {
  const kind = bodyKind(route);
  const limit = bodyLimitFor(route.method, route.template.replace(/\[[^\]]+\]/g, "x"));
  const oversized = new Uint8Array(limit + 1).fill(0x61);
  const attempts: Attempt[] = [
    { label: "no body" },
    {
      label: "oversized, with Content-Length",
      body: oversized,
      contentType: kind === "csv" ? "text/csv" : "application/json",
      expect413: true,
    },
    {
      label: "oversized, chunked",
      body: oversized,
      chunked: true,
      contentType: kind === "csv" ? "text/csv" : "application/json",
    },
    {
      label: "invalid UTF-8",
      body: new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
      contentType: "application/json",
    },
  ];
  if (kind === "csv") {
    const sample = CSV_SAMPLES[routeKey(route)] ?? "a,b\n1,2\n";
    return [
      ...attempts,
      { label: "CSV", body: sample, contentType: "text/csv" },
      {
        label: "JSON content type on a CSV endpoint",
        body: JSON.stringify({ rows: [] }),
        contentType: "application/json",
      },
      { label: "CSV with NUL", body: sample.replace(",", ",\u0000"), contentType: "text/csv" },
      {
        label: "CSV with formulas and 2^31",
        body: sample.replace(/\n[^\n]*\n$/, "\n=cmd|' /C calc'!A0,+2147483648,0000-01-01,-1\n"),
        contentType: "text/csv",
      },
      { label: "deep brackets as CSV", body: DEEP, contentType: "text/csv" },
    ];
  }
  if (kind === "form") {
    return [
      ...attempts,
      {
        label: "form with NUL",
        body: "email=a%00b%40example.test&password=x%00&csrfToken=%00",
        contentType: "application/x-www-form-urlencoded",
      },
      {
        label: "form with a lone surrogate's bytes",
        body: "email=%ED%A0%80&password=x",
        contentType: "application/x-www-form-urlencoded",
      },
      { label: "JSON content type with no JSON", body: "email=a&password=b", contentType: "application/json" },
      { label: "JSON 10,000 deep", body: DEEP, contentType: "application/json" },
      { label: "JSON with NUL", body: '{"email":"\\u0000","password":"\\ud800"}', contentType: "application/json" },
      {
        label: "multipart",
        body: '--x\r\ncontent-disposition: form-data; name="email"\r\n\r\na\r\n--x--\r\n',
        contentType: "multipart/form-data; boundary=x",
      },
    ];
  }
  const sample = SAMPLES[routeKey(route)] ?? { name: "Fuzzed" };
  const json = JSON.stringify(sample);
  const perLeaf = leaves(sample).flatMap((leaf) =>
    [
      ["NUL", "a\u0000b"],
      ["lone surrogate", "\ud800"],
      ["year 0000", "0000-01-01"],
      ["2^31", 2147483648],
      ["wrong type", { wrong: ["type"] }],
    ].map(([what, value]) => ({
      label: `${leaf.join(".")}: ${what}`,
      body: JSON.stringify(withLeaf(sample, leaf, value)),
      contentType: "application/json",
    })),
  );
  return [
    { label: "the sample as it is", body: json, contentType: "application/json" },
    ...attempts,
    ...perLeaf,
    { label: "10,000-deep nesting", body: DEEP, contentType: "application/json" },
    {
      label: "10,000-deep nesting in a field",
      body: JSON.stringify(sample).replace(/^\{/, `{"deep":${DEEP},`),
      contentType: "application/json",
    },
    { label: "not JSON", body: "{nope", contentType: "application/json" },
    { label: "not an object", body: '["an","array"]', contentType: "application/json" },
    { label: "a NUL key", body: '{"\\u0000":1}', contentType: "application/json" },
    { label: "JSON as text/plain", body: json, contentType: "text/plain" },
    { label: "JSON as a form", body: json, contentType: "application/x-www-form-urlencoded" },
    { label: "a form", body: "name=x&email=y", contentType: "application/x-www-form-urlencoded" },
    { label: "JSON as CSV", body: json, contentType: "text/csv" },
    { label: "JSON without a content type", body: json },
  ];
}

function generatedBodies(route: Route): fc.Arbitrary<Attempt> {
  const kind = bodyKind(route);
  const contentType =
    kind === "csv" ? "text/csv" : kind === "form" ? "application/x-www-form-urlencoded" : "application/json";
  if (kind !== "json") {
    const text = fc
      .array(
        fc.oneof(
          fc.string({ unit: codeUnit, maxLength: 20 }),
          fc.constantFrom("=1+1", "\u0000", ",", "\n", "%00", "%ED%A0%80", "email=", "&"),
        ),
        { maxLength: 20 },
      )
      .map((parts) => parts.join(""));
    return text.map((body) => ({ label: "generated", body, contentType }));
  }
  const sample = SAMPLES[routeKey(route)];
  const fromNothing = fc.dictionary(fc.constantFrom(...FIELD_POOL), nasty, { maxKeys: 6 });
  const fromSample = sample
    ? fc
        .tuple(fc.constantFrom(...leaves(sample), ["unexpected"]), nasty)
        .map(([leaf, value]) => withLeaf(sample, leaf, value))
    : fromNothing;
  return fc
    .oneof(fromSample, fromSample, fromNothing, nasty)
    .map((body) => ({ label: "generated", body: JSON.stringify(body) ?? "null", contentType }));
}

let app: DemoApp;
let cookie: string;
let fingerprintSql: string;
const params: Record<string, string> = {};

async function call(
  url: string,
  method: string,
  attempt: Attempt,
  extraHeaders: Record<string, string> = {},
): Promise<Response> {
  const headers: Record<string, string> = { cookie, origin: app.origin, ...extraHeaders };
  if (attempt.contentType) headers["content-type"] = attempt.contentType;
  let body: BodyInit | undefined = attempt.body as BodyInit | undefined;
  if (attempt.chunked && attempt.body) {
    const bytes = typeof attempt.body === "string" ? new TextEncoder().encode(attempt.body) : attempt.body;
    body = new ReadableStream({
      start(controller) {
        for (let offset = 0; offset < bytes.length; offset += 64 * 1024)
          controller.enqueue(bytes.subarray(offset, offset + 64 * 1024));
        controller.close();
      },
    });
  }
  return fetch(url, { method, headers, body, redirect: "manual", duplex: "half" } as RequestInit);
}

function urlOf(route: Route): string {
  const filled = route.template.replace(/\[(\.\.\.)?([^\]]+)\]/g, (_, _rest, name: string) => {
    const value =
      name === "token"
        ? params[`token:${route.template.split("/")[2]}${route.template.includes("/shared/") ? ":shared" : ""}`]
        : params[name];
    if (value === undefined)
      throw new Error(`No value for [${name}] in ${route.file}: add one to the fuzz test's params.`);
    return value;
  });
  const query = /\/model\/csv$/.test(route.template)
    ? "?kind=roles"
    : /\/kpi-readings$/.test(route.template)
      ? "?mode=merge"
      : "";
  return `${app.origin}${filled}${query}`;
}

/** Every table's row count and a hash of its rows, in one statement. */
async function fingerprint(): Promise<Record<string, string>> {
  const [row] = await app.db.$queryRawUnsafe<{ tables: Record<string, string> }[]>(fingerprintSql);
  return row!.tables;
}

/**
 * Invitations asked for by an earlier request are mailed by the server's background sender: wait until it has
 * no one left to mail, so its writes are not taken for the next request's.
 */
async function backgroundSendsSettled(): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    const pending = await app.db.waveRecipient.count({
      where: { sendState: { in: ["queued", "claimed", "sending"] } },
    });
    if (pending === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("The background sender did not finish within 10 seconds.");
}

async function check(route: Route, attempt: Attempt): Promise<void> {
  await backgroundSendsSettled();
  const before = await fingerprint();
  const response = await call(urlOf(route), route.method, attempt);
  const text = await response.text();
  const context = `${routeKey(route)} — ${attempt.label}: ${response.status} ${text.slice(0, 200)}`;
  if (process.env.FUZZ_LOG) console.log(context.replace(/\s+/g, " ").slice(0, 300));
  expect(response.status, context).toBeLessThan(500);
  if (attempt.expect413) expect(response.status, context).toBe(413);
  if (response.status >= 400) expect(await fingerprint(), `partial write after ${context}`).toEqual(before);
}

beforeAll(async () => {
  app = await startDemoApp({ RESPONDENT_REQUESTS_PER_IP: "1000000" });
  cookie = await app.signInAs(OWNER);
  const tables = await app.db.$queryRaw<
    { name: string }[]
  >`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT IN ('_prisma_migrations', 'RateLimiterFlexible') ORDER BY table_name`;
  // jsonb_build_object takes at most 100 arguments (50 tables): one per 40 tables, joined.
  const entries = tables.map(
    ({ name }) => `'${name}', (SELECT count(*) || ':' || coalesce(sum(hashtext(t::text)), 0) FROM "${name}" t)`,
  );
  const objects = Array.from(
    { length: Math.ceil(entries.length / 40) },
    (_, i) => `jsonb_build_object(${entries.slice(i * 40, i * 40 + 40).join(", ")})`,
  );
  fingerprintSql = `SELECT ${objects.join(" || ")} AS tables`;

  const organisation = await app.db.organisation.findUniqueOrThrow({ where: { slug: ORG } });
  const api = async (url: string, body: unknown) => {
    const response = await fetch(`${app.origin}${url}`, {
      method: "POST",
      headers: { cookie, origin: app.origin, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(response.status, url).toBeLessThan(300);
    return response;
  };
  const wave = await app.db.wave.findFirstOrThrow({ where: { organisationId: organisation.id, status: "open" } });
  const invitations = await (await api(`/api/orgs/${ORG}/waves/${wave.id}/invitations`, { count: 2 })).text();
  const shared = (await (await api(`/api/orgs/${ORG}/waves/${wave.id}/shared-link`, {})).json()) as {
    sharedLink: string;
  };
  const workshop = (await (await api(`/api/orgs/${ORG}/workshops`, { name: "Fuzz workshop" })).json()) as {
    id: string;
    link: string;
  };
  const workshopToken = workshop.link.split("/").at(-1)!;
  const surveyToken = /\/s\/([^,\s]+)/.exec(invitations)![1]!;
  const survey = await fetch(`${app.origin}/api/survey/${surveyToken}`); // opens the respondent's session
  const { items } = (await survey.json()) as { items: { key: string }[] };
  SAMPLES["PUT /api/survey/[token]/answers"] = {
    answers: { [items[0]!.key]: 4, [items[1]!.key]: null },
    comments: { possible: "A comment" },
  };
  await api(`/api/workshop/${workshopToken}`, SAMPLES["POST /api/workshop/[token]"]);
  const obstacleLink = (await (await api(`/api/orgs/${ORG}/obstacle-link`, {})).json()) as { link: string };
  const viewer = await app.db.membership.findFirstOrThrow({
    where: { organisationId: organisation.id, role: "viewer" },
  });
  const scenario = (await (
    await api(`/api/orgs/${ORG}/scenarios`, {
      name: "Fuzz scenario",
      edits: [{ edit: "setKpiLink", from: "fcr", to: "complaints-rate", effect: "reinforces" }],
    })
  ).json()) as { id: string };
  Object.assign(params, {
    org: ORG,
    action: (await app.db.actionItem.findFirstOrThrow({ where: { organisationId: organisation.id } })).key,
    behaviour: "resolve-on-call",
    instrument: (await app.db.instrument.findFirstOrThrow({ where: { organisationId: organisation.id } })).id,
    kpi: "aht",
    counter: "fcr",
    linked: "fcr",
    // No reading with this id: PUT and DELETE answer 404 whatever else they are sent.
    reading: "no-such-reading",
    scenario: scenario.id,
    member: viewer.id,
    process: "claim-triage",
    system: "crm",
    story: (await app.db.story.findFirstOrThrow({ where: { organisationId: organisation.id } })).key,
    wave: wave.id,
    // A reminder that has not been set: the DELETE answers 404 whatever else it is sent.
    number: "1",
    workshop: workshop.id,
    report: (await app.db.obstacleReport.findFirstOrThrow({ where: { organisationId: organisation.id } })).id,
    moment: (await app.db.workshopEntry.findFirstOrThrow({ where: { workshopId: workshop.id } })).id,
    nextauth: "callback/credentials",
    "token:survey": surveyToken,
    "token:survey:shared": shared.sharedLink.split("/").at(-1)!,
    "token:workshop": workshopToken,
    "token:obstacle": obstacleLink.link.split("/").at(-1)!,
    // Signed with the server's own secret, which the test does not know: a well-formed link it refuses (404).
    "token:unsubscribe": "WyJvcmciLCJmdXp6QGV4YW1wbGUudGVzdCJd.bm90LXRoZS1zaWduYXR1cmU",
  });
}, 180_000);

afterAll(async () => {
  await app?.close();
});

describe("every state-changing route, fuzzed (no 5xx, no partial writes)", () => {
  it("finds the routes under app/api", () => {
    expect(ROUTES.length).toBeGreaterThan(40);
    expect(ROUTES.map(routeKey)).toContain("POST /api/auth/[...nextauth]");
  });

  it.each(ROUTES.map((route) => [routeKey(route), route] as const))("%s", async (_key, route) => {
    for (const attempt of fixedAttempts(route)) await check(route, attempt);
    await fc.assert(
      fc.asyncProperty(generatedBodies(route), (attempt) => check(route, attempt)),
      { numRuns: RUNS, endOnFailure: true },
    );
  });
});

describe("simultaneous duplicate creates (409, never 500, no partial writes)", () => {
  const keyed = ROUTES.filter((route) => KEYED_CREATES[routeKey(route)]);

  it("covers the keyed creates", () => {
    expect(keyed.length).toBe(Object.keys(KEYED_CREATES).length);
  });

  it.each(keyed.map((route) => [routeKey(route), route] as const))("%s, six at once", async (_key, route) => {
    const make = KEYED_CREATES[routeKey(route)]!;
    const send = (n: number) =>
      call(urlOf(route), route.method, {
        label: "create",
        body: JSON.stringify(make(n)),
        contentType: "application/json",
      });
    // What one create writes, table by table…
    const counts = async () =>
      Object.fromEntries(
        Object.entries(await fingerprint()).map(([table, value]) => [table, Number(value.split(":")[0])]),
      );
    const start = await counts();
    const single = await send(1);
    expect(single.status, await single.text()).toBeLessThan(300);
    const afterOne = await counts();
    // …and six identical creates at once: each answer is a success or a 409, and the rows are those of the successes.
    const responses = await Promise.all(Array.from({ length: 6 }, () => send(2)));
    const statuses = await Promise.all(
      responses.map(async (response) => [response.status, await response.text()] as const),
    );
    for (const [status, text] of statuses) expect([200, 201, 409], `${status} ${text.slice(0, 200)}`).toContain(status);
    const successes = statuses.filter(([status]) => status < 300).length;
    expect(successes).toBeGreaterThanOrEqual(1);
    const afterBurst = await counts();
    for (const table of Object.keys(start))
      expect(afterBurst[table]! - afterOne[table]!, table).toBe(successes * (afterOne[table]! - start[table]!));
  });
});

describe("simultaneous state changes", () => {
  it("six closes of one workshop at once: one closes it, the others get 409, one audit event", async () => {
    const post = (url: string, body?: unknown) =>
      fetch(`${app.origin}${url}`, {
        method: "POST",
        headers: { cookie, origin: app.origin, "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const { id } = (await (await post(`/api/orgs/${ORG}/workshops`, { name: "Closed twice" })).json()) as {
      id: string;
    };
    const statuses = (
      await Promise.all(Array.from({ length: 6 }, () => post(`/api/orgs/${ORG}/workshops/${id}/close`)))
    )
      .map((response) => response.status)
      .sort();
    expect(statuses).toEqual([204, 409, 409, 409, 409, 409]);
    expect(await app.db.auditEvent.count({ where: { action: "workshop.closed", subjectId: id } })).toBe(1);
  });
});
