import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { demo, ORG_A, signIn } from "./helpers";

/** Every page and route handler under an organisation, as files in app/ (so a new one cannot go untested). */
function organisationRouteFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "page.tsx" || entry.name === "route.ts") found.push(path.relative("app", full));
    }
  };
  walk(path.join("app", "orgs", "[org]"));
  walk(path.join("app", "api", "orgs", "[org]"));
  return found.sort();
}

type Probe = {
  file: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  url: (member: string) => string;
  body?: unknown;
};

const probes: Probe[] = [
  { file: "orgs/[org]/page.tsx", method: "GET", url: () => `/orgs/${ORG_A}` },
  {
    file: "orgs/[org]/departments/[department]/page.tsx",
    method: "GET",
    url: () => `/orgs/${ORG_A}/departments/claims`,
  },
  { file: "orgs/[org]/roles/[role]/page.tsx", method: "GET", url: () => `/orgs/${ORG_A}/roles/advisor` },
  { file: "orgs/[org]/room/page.tsx", method: "GET", url: () => `/orgs/${ORG_A}/room` },
  { file: "orgs/[org]/workshops/page.tsx", method: "GET", url: () => `/orgs/${ORG_A}/workshops` },
  { file: "orgs/[org]/obstacles/page.tsx", method: "GET", url: () => `/orgs/${ORG_A}/obstacles` },
  {
    file: "api/orgs/[org]/obstacles/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/obstacles`,
    body: { kind: "form", title: "Probe form", effect: "A probe from another organisation." },
  },
  {
    file: "api/orgs/[org]/obstacles/[report]/route.ts",
    method: "PATCH",
    url: () => `/api/orgs/${ORG_A}/obstacles/any-report`,
    body: { answer: "Probe answer" },
  },
  {
    file: "api/orgs/[org]/obstacles/[report]/triage/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/obstacles/any-report/triage`,
    body: { outcome: "decline", answer: "Probe" },
  },
  {
    file: "api/orgs/[org]/obstacles/triage-choices/route.ts",
    method: "GET",
    url: () => `/api/orgs/${ORG_A}/obstacles/triage-choices?for=source&q=claim`,
  },
  { file: "api/orgs/[org]/obstacle-link/route.ts", method: "POST", url: () => `/api/orgs/${ORG_A}/obstacle-link` },
  { file: "api/orgs/[org]/workshops/route.ts", method: "GET", url: () => `/api/orgs/${ORG_A}/workshops` },
  {
    file: "api/orgs/[org]/workshops/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/workshops`,
    body: { name: "Injected" },
  },
  {
    file: "api/orgs/[org]/workshops/[workshop]/close/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/workshops/any-workshop/close`,
  },
  {
    file: "api/orgs/[org]/workshops/[workshop]/link/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/workshops/any-workshop/link`,
  },
  {
    file: "api/orgs/[org]/workshops/[workshop]/moments/[moment]/story/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/workshops/any-workshop/moments/any-moment/story`,
  },
  { file: "orgs/[org]/stories/page.tsx", method: "GET", url: () => `/orgs/${ORG_A}/stories` },
  { file: "orgs/[org]/stories/new/page.tsx", method: "GET", url: () => `/orgs/${ORG_A}/stories/new?stage=help` },
  { file: "orgs/[org]/exposure/page.tsx", method: "GET", url: () => `/orgs/${ORG_A}/exposure` },
  { file: "orgs/[org]/actions/page.tsx", method: "GET", url: () => `/orgs/${ORG_A}/actions` },
  { file: "api/orgs/[org]/report/route.ts", method: "GET", url: () => `/api/orgs/${ORG_A}/report` },
  { file: "api/orgs/[org]/report/slides/route.ts", method: "GET", url: () => `/api/orgs/${ORG_A}/report/slides` },
  {
    file: "api/orgs/[org]/report/branding/route.ts",
    method: "PUT",
    url: () => `/api/orgs/${ORG_A}/report/branding`,
    body: { accent: "#000000", preparedBy: "Taken over" },
  },
  {
    file: "api/orgs/[org]/stories/[story]/clip/route.ts",
    method: "PUT",
    url: () => `/api/orgs/${ORG_A}/stories/mr-lindgren/clip`,
    body: { transcript: "Injected from another organisation" },
  },
  {
    file: "api/orgs/[org]/stories/[story]/clip/route.ts",
    method: "DELETE",
    url: () => `/api/orgs/${ORG_A}/stories/mr-lindgren/clip`,
  },
  {
    file: "api/orgs/[org]/stories/[story]/clip/[clip]/route.ts",
    method: "GET",
    url: () => `/api/orgs/${ORG_A}/stories/mr-lindgren/clip/any-clip`,
  },
  {
    file: "api/orgs/[org]/stories/[story]/clip/[clip]/captions/route.ts",
    method: "GET",
    url: () => `/api/orgs/${ORG_A}/stories/mr-lindgren/clip/any-clip/captions`,
  },
  {
    file: "api/orgs/[org]/dashboard/route.ts",
    method: "GET",
    url: () => `/api/orgs/${ORG_A}/dashboard?department=claims`,
  },
  {
    file: "api/orgs/[org]/dashboard/diagnostic/route.ts",
    method: "GET",
    url: () => `/api/orgs/${ORG_A}/dashboard/diagnostic`,
  },
  { file: "api/orgs/[org]/stories/route.ts", method: "GET", url: () => `/api/orgs/${ORG_A}/stories` },
  {
    file: "api/orgs/[org]/stories/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/stories`,
    body: {
      customer: "Injected",
      narrative: "Injected from another organisation",
      sentiment: "negative",
      source: "complaint",
    },
  },
  {
    file: "api/orgs/[org]/stories/[story]/route.ts",
    method: "PUT",
    url: () => `/api/orgs/${ORG_A}/stories/mrs-okafor`,
    body: {
      customer: "Hijacked",
      narrative: "Hijacked from another organisation",
      sentiment: "negative",
      source: "complaint",
    },
  },
  {
    file: "api/orgs/[org]/stories/[story]/route.ts",
    method: "DELETE",
    url: () => `/api/orgs/${ORG_A}/stories/mrs-okafor`,
  },
  { file: "api/orgs/[org]/exposures/route.ts", method: "GET", url: () => `/api/orgs/${ORG_A}/exposures` },
  {
    file: "api/orgs/[org]/exposures/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/exposures`,
    body: { role: "invoicer", kind: "shift", date: "2026-01-01" },
  },
  { file: "api/orgs/[org]/actions/route.ts", method: "GET", url: () => `/api/orgs/${ORG_A}/actions` },
  {
    file: "api/orgs/[org]/actions/[action]/route.ts",
    method: "PATCH",
    url: () => `/api/orgs/${ORG_A}/actions/aht-out-of-bonus`,
    body: { status: "done" },
  },
  { file: "orgs/[org]/members/page.tsx", method: "GET", url: () => `/orgs/${ORG_A}/members` },
  { file: "orgs/[org]/audit/page.tsx", method: "GET", url: () => `/orgs/${ORG_A}/audit` },
  { file: "orgs/[org]/settings/page.tsx", method: "GET", url: () => `/orgs/${ORG_A}/settings` },
  { file: "orgs/[org]/model/page.tsx", method: "GET", url: () => `/orgs/${ORG_A}/model` },
  { file: "orgs/[org]/model/[role]/[stage]/page.tsx", method: "GET", url: () => `/orgs/${ORG_A}/model/advisor/help` },
  { file: "orgs/[org]/findings/page.tsx", method: "GET", url: () => `/orgs/${ORG_A}/findings` },
  { file: "orgs/[org]/system/page.tsx", method: "GET", url: () => `/orgs/${ORG_A}/system?focus=kpi:aht` },
  {
    file: "orgs/[org]/behaviours/[behaviour]/page.tsx",
    method: "GET",
    url: () => `/orgs/${ORG_A}/behaviours/resolve-on-call`,
  },
  {
    file: "api/orgs/[org]/behaviours/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/behaviours`,
    body: { role: "advisor", stage: "help", action: "Injected from outside" },
  },
  {
    file: "api/orgs/[org]/behaviours/[behaviour]/route.ts",
    method: "GET",
    url: () => `/api/orgs/${ORG_A}/behaviours/resolve-on-call`,
  },
  {
    file: "api/orgs/[org]/behaviours/[behaviour]/route.ts",
    method: "PATCH",
    url: () => `/api/orgs/${ORG_A}/behaviours/resolve-on-call`,
    body: { action: "Hijacked by another organisation", expectedVersion: 1 },
  },
  {
    file: "api/orgs/[org]/behaviours/[behaviour]/transitions/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/behaviours/resolve-on-call/transitions`,
    body: { to: "retired", expectedVersion: 1 },
  },
  { file: "orgs/[org]/model/setup/page.tsx", method: "GET", url: () => `/orgs/${ORG_A}/model/setup` },
  { file: "orgs/[org]/model/roles/page.tsx", method: "GET", url: () => `/orgs/${ORG_A}/model/roles` },
  {
    file: "api/orgs/[org]/model/edits/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/model/edits`,
    body: { op: "addObjective", name: "Injected" },
  },
  {
    file: "api/orgs/[org]/model/csv/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/model/csv?kind=roles`,
    body: "name,department,customerFacing\nX,contact,yes",
  },
  { file: "orgs/[org]/inventory/page.tsx", method: "GET", url: () => `/orgs/${ORG_A}/inventory` },
  { file: "orgs/[org]/inventory/kpis/[kpi]/page.tsx", method: "GET", url: () => `/orgs/${ORG_A}/inventory/kpis/aht` },
  { file: "orgs/[org]/inventory/map/page.tsx", method: "GET", url: () => `/orgs/${ORG_A}/inventory/map` },
  { file: "orgs/[org]/inventory/influence/page.tsx", method: "GET", url: () => `/orgs/${ORG_A}/inventory/influence` },
  {
    file: "api/orgs/[org]/kpis/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/kpis`,
    body: {
      name: "Injected",
      direction: "higher",
      department: "contact",
      payLinked: false,
      horizon: "short",
      category: "operational",
    },
  },
  {
    file: "api/orgs/[org]/kpis/[kpi]/route.ts",
    method: "PUT",
    url: () => `/api/orgs/${ORG_A}/kpis/aht`,
    body: {
      name: "Hijacked",
      direction: "higher",
      department: "contact",
      payLinked: false,
      horizon: "short",
      category: "operational",
    },
  },
  {
    file: "api/orgs/[org]/processes/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/processes`,
    body: { name: "Injected", department: "contact" },
  },
  {
    file: "api/orgs/[org]/systems/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/systems`,
    body: { name: "Injected" },
  },
  { file: "api/orgs/[org]/kpis/[kpi]/route.ts", method: "DELETE", url: () => `/api/orgs/${ORG_A}/kpis/aht` },
  {
    file: "api/orgs/[org]/kpis/[kpi]/readings/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/kpis/aht/readings`,
    body: { period: "2026-01", value: 1 },
  },
  {
    file: "api/orgs/[org]/kpis/[kpi]/readings/[reading]/route.ts",
    method: "PUT",
    url: () => `/api/orgs/${ORG_A}/kpis/aht/readings/any-reading`,
    body: { period: "2026-01", value: 1 },
  },
  {
    file: "api/orgs/[org]/kpis/[kpi]/readings/[reading]/route.ts",
    method: "DELETE",
    url: () => `/api/orgs/${ORG_A}/kpis/aht/readings/any-reading`,
  },
  {
    file: "api/orgs/[org]/kpi-readings/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/kpi-readings?mode=replace`,
    body: "kpi,period,value\naht,2026-01,1",
  },
  {
    file: "api/orgs/[org]/kpis/[kpi]/counters/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/kpis/aht/counters`,
    body: { counter: "fcr" },
  },
  {
    file: "api/orgs/[org]/kpis/[kpi]/counters/[counter]/route.ts",
    method: "DELETE",
    url: () => `/api/orgs/${ORG_A}/kpis/aht/counters/fcr`,
  },
  {
    file: "api/orgs/[org]/kpis/[kpi]/links/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/kpis/aht/links`,
    body: { to: "fcr", effect: "trades-off" },
  },
  {
    file: "api/orgs/[org]/kpis/[kpi]/links/[linked]/route.ts",
    method: "DELETE",
    url: () => `/api/orgs/${ORG_A}/kpis/aht/links/fcr`,
  },
  {
    file: "api/orgs/[org]/processes/[process]/route.ts",
    method: "PATCH",
    url: () => `/api/orgs/${ORG_A}/processes/claim-triage`,
    body: { name: "Hijacked" },
  },
  {
    file: "api/orgs/[org]/processes/[process]/route.ts",
    method: "DELETE",
    url: () => `/api/orgs/${ORG_A}/processes/claim-triage`,
  },
  {
    file: "api/orgs/[org]/systems/[system]/route.ts",
    method: "PATCH",
    url: () => `/api/orgs/${ORG_A}/systems/crm`,
    body: { name: "Hijacked" },
  },
  { file: "api/orgs/[org]/systems/[system]/route.ts", method: "DELETE", url: () => `/api/orgs/${ORG_A}/systems/crm` },
  {
    file: "api/orgs/[org]/influences/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/influences`,
    body: { source: "kpi:aht", behaviour: "resolve-on-call", effect: "none" },
  },
  {
    file: "api/orgs/[org]/findings/reviews/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/findings/reviews`,
    body: { findingId: "F6:kpi:email-open-rate", state: "dismissed", reason: "Injected" },
  },
  {
    file: "api/orgs/[org]/actions/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/actions`,
    body: {
      findingId: "F6:kpi:email-open-rate",
      title: "Injected",
      owner: "outsider@demo.throughline.test",
      due: "2027-01-01",
    },
  },
  { file: "orgs/[org]/diagnostic/page.tsx", method: "GET", url: () => `/orgs/${ORG_A}/diagnostic` },
  { file: "orgs/[org]/diagnostic/[wave]/page.tsx", method: "GET", url: () => `/orgs/${ORG_A}/diagnostic/any-wave` },
  {
    file: "orgs/[org]/diagnostic/[wave]/poster/page.tsx",
    method: "GET",
    url: () => `/orgs/${ORG_A}/diagnostic/any-wave/poster`,
  },
  {
    file: "orgs/[org]/diagnostic/instruments/page.tsx",
    method: "GET",
    url: () => `/orgs/${ORG_A}/diagnostic/instruments`,
  },
  {
    file: "orgs/[org]/diagnostic/instruments/[instrument]/page.tsx",
    method: "GET",
    url: () => `/orgs/${ORG_A}/diagnostic/instruments/any-instrument`,
  },
  { file: "api/orgs/[org]/instruments/route.ts", method: "GET", url: () => `/api/orgs/${ORG_A}/instruments` },
  {
    file: "api/orgs/[org]/instruments/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/instruments`,
    body: { format: "throughline.instrument/1", name: "Injected", items: [] },
  },
  {
    file: "api/orgs/[org]/instruments/[instrument]/route.ts",
    method: "GET",
    url: () => `/api/orgs/${ORG_A}/instruments/any-instrument`,
  },
  {
    file: "api/orgs/[org]/instruments/[instrument]/route.ts",
    method: "PUT",
    url: () => `/api/orgs/${ORG_A}/instruments/any-instrument`,
    body: { format: "throughline.instrument/1", name: "Injected", items: [] },
  },
  {
    file: "api/orgs/[org]/instruments/[instrument]/copy/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/instruments/any-instrument/copy`,
    body: { name: "Injected" },
  },
  {
    file: "api/orgs/[org]/waves/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/waves`,
    body: { name: "Injected" },
  },
  {
    file: "api/orgs/[org]/waves/[wave]/open/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/waves/any-wave/open`,
  },
  {
    file: "api/orgs/[org]/waves/[wave]/shared-link/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/waves/any-wave/shared-link`,
  },
  {
    file: "api/orgs/[org]/waves/[wave]/kiosk/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/waves/any-wave/kiosk`,
  },
  {
    file: "api/orgs/[org]/waves/[wave]/kiosk/route.ts",
    method: "DELETE",
    url: () => `/api/orgs/${ORG_A}/waves/any-wave/kiosk`,
  },
  {
    file: "api/orgs/[org]/waves/[wave]/close/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/waves/any-wave/close`,
  },
  {
    file: "api/orgs/[org]/waves/[wave]/snapshots/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/waves/any-wave/snapshots`,
  },
  {
    file: "api/orgs/[org]/industry/route.ts",
    method: "PUT",
    url: () => `/api/orgs/${ORG_A}/industry`,
    body: { industry: "telecom" },
  },
  {
    file: "orgs/[org]/diagnostic/[wave]/people/page.tsx",
    method: "GET",
    url: () => `/orgs/${ORG_A}/diagnostic/any-wave/people`,
  },
  {
    file: "api/orgs/[org]/waves/[wave]/people/route.ts",
    method: "GET",
    url: () => `/api/orgs/${ORG_A}/waves/any-wave/people`,
  },
  {
    file: "api/orgs/[org]/waves/[wave]/people/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/waves/any-wave/people`,
    body: "email\ninjected@example.test\n",
  },
  {
    file: "api/orgs/[org]/waves/[wave]/people/route.ts",
    method: "DELETE",
    url: () => `/api/orgs/${ORG_A}/waves/any-wave/people`,
  },
  {
    file: "api/orgs/[org]/waves/[wave]/mail-texts/route.ts",
    method: "GET",
    url: () => `/api/orgs/${ORG_A}/waves/any-wave/mail-texts`,
  },
  {
    file: "api/orgs/[org]/waves/[wave]/mail-texts/route.ts",
    method: "PUT",
    url: () => `/api/orgs/${ORG_A}/waves/any-wave/mail-texts`,
    body: { kind: "invitation", subject: "Injected", body: "Injected {link}" },
  },
  {
    file: "api/orgs/[org]/waves/[wave]/sending/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/waves/any-wave/sending`,
    body: { send: "new" },
  },
  {
    file: "api/orgs/[org]/waves/[wave]/mailings/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/waves/any-wave/mailings`,
    body: { kind: "reminder" },
  },
  {
    file: "api/orgs/[org]/waves/[wave]/mailings/[number]/route.ts",
    method: "DELETE",
    url: () => `/api/orgs/${ORG_A}/waves/any-wave/mailings/1`,
  },
  {
    file: "api/orgs/[org]/work-email-domains/route.ts",
    method: "PUT",
    url: () => `/api/orgs/${ORG_A}/work-email-domains`,
    body: { domains: ["evil.example"] },
  },
  {
    file: "api/orgs/[org]/waves/[wave]/invitations/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/waves/any-wave/invitations`,
    body: { count: 1 },
  },
  {
    file: "api/orgs/[org]/waves/[wave]/responses/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/waves/any-wave/responses`,
    body: "department,role,level\n",
  },
  {
    file: "api/orgs/[org]/waves/[wave]/results/route.ts",
    method: "GET",
    url: () => `/api/orgs/${ORG_A}/waves/any-wave/results`,
  },
  {
    file: "api/orgs/[org]/waves/[wave]/participation/route.ts",
    method: "GET",
    url: () => `/api/orgs/${ORG_A}/waves/any-wave/participation`,
  },
  { file: "api/orgs/[org]/findings/route.ts", method: "GET", url: () => `/api/orgs/${ORG_A}/findings` },
  { file: "api/orgs/[org]/system/route.ts", method: "GET", url: () => `/api/orgs/${ORG_A}/system?focus=kpi:aht` },
  {
    file: "api/orgs/[org]/system/search/route.ts",
    method: "GET",
    url: () => `/api/orgs/${ORG_A}/system/search?q=handle`,
  },
  { file: "api/orgs/[org]/model/route.ts", method: "GET", url: () => `/api/orgs/${ORG_A}/model` },
  {
    file: "api/orgs/[org]/model/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/model`,
    body: { format: "throughline.model/1" },
  },
  {
    file: "api/orgs/[org]/model/check/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/model/check`,
    body: { format: "throughline.model/1" },
  },
  { file: "api/orgs/[org]/route.ts", method: "GET", url: () => `/api/orgs/${ORG_A}` },
  { file: "api/orgs/[org]/route.ts", method: "PATCH", url: () => `/api/orgs/${ORG_A}`, body: { name: "Taken over" } },
  { file: "api/orgs/[org]/members/route.ts", method: "GET", url: () => `/api/orgs/${ORG_A}/members` },
  {
    file: "api/orgs/[org]/members/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/members`,
    body: { email: "x@example.test", role: "owner" },
  },
  {
    file: "api/orgs/[org]/members/[member]/route.ts",
    method: "PATCH",
    url: (m) => `/api/orgs/${ORG_A}/members/${m}`,
    body: { role: "viewer" },
  },
  { file: "api/orgs/[org]/members/[member]/route.ts", method: "DELETE", url: (m) => `/api/orgs/${ORG_A}/members/${m}` },
  { file: "api/orgs/[org]/audit/route.ts", method: "GET", url: () => `/api/orgs/${ORG_A}/audit` },
  { file: "orgs/[org]/outbox/page.tsx", method: "GET", url: () => `/orgs/${ORG_A}/outbox` },
  { file: "orgs/[org]/scenarios/page.tsx", method: "GET", url: () => `/orgs/${ORG_A}/scenarios` },
  { file: "orgs/[org]/scenarios/new/page.tsx", method: "GET", url: () => `/orgs/${ORG_A}/scenarios/new?kpi=aht` },
  {
    file: "orgs/[org]/scenarios/[scenario]/page.tsx",
    method: "GET",
    url: () => `/orgs/${ORG_A}/scenarios/any-scenario`,
  },
  { file: "api/orgs/[org]/scenarios/route.ts", method: "GET", url: () => `/api/orgs/${ORG_A}/scenarios` },
  {
    file: "api/orgs/[org]/scenarios/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/scenarios`,
    body: { name: "Injected", edits: [{ edit: "dropPayLink", kpi: "aht" }] },
  },
  {
    file: "api/orgs/[org]/scenarios/behaviours/route.ts",
    method: "GET",
    url: () => `/api/orgs/${ORG_A}/scenarios/behaviours?q=call`,
  },
  {
    file: "api/orgs/[org]/scenarios/choices/route.ts",
    method: "GET",
    url: () => `/api/orgs/${ORG_A}/scenarios/choices?for=kpi&q=handle`,
  },
  {
    file: "api/orgs/[org]/scenarios/new-kpi/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/scenarios/new-kpi`,
    body: {
      kpi: {
        name: "Probe KPI",
        department: "contact",
        payLinked: false,
        direction: "lower",
        horizon: "short",
        category: "customer",
      },
      edits: [],
    },
  },
  {
    file: "api/orgs/[org]/scenarios/preview/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/scenarios/preview`,
    body: { edits: [{ edit: "dropPayLink", kpi: "aht" }] },
  },
  {
    file: "api/orgs/[org]/scenarios/[scenario]/route.ts",
    method: "GET",
    url: () => `/api/orgs/${ORG_A}/scenarios/any-scenario`,
  },
  {
    file: "api/orgs/[org]/scenarios/[scenario]/route.ts",
    method: "PATCH",
    url: () => `/api/orgs/${ORG_A}/scenarios/any-scenario`,
    body: { shared: true },
  },
  {
    file: "api/orgs/[org]/scenarios/[scenario]/route.ts",
    method: "DELETE",
    url: () => `/api/orgs/${ORG_A}/scenarios/any-scenario`,
  },
  {
    file: "api/orgs/[org]/scenarios/[scenario]/preview/route.ts",
    method: "GET",
    url: () => `/api/orgs/${ORG_A}/scenarios/any-scenario/preview`,
  },
  {
    file: "api/orgs/[org]/scenarios/[scenario]/action/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/scenarios/any-scenario/action`,
    body: {},
  },
  {
    file: "api/orgs/[org]/scenarios/[scenario]/apply/route.ts",
    method: "POST",
    url: () => `/api/orgs/${ORG_A}/scenarios/any-scenario/apply`,
  },
];

test("the probes below cover every organisation page and route that exists", () => {
  expect([...new Set(probes.map((p) => p.file))].sort()).toEqual(organisationRouteFiles());
});

test("a member of organisation B gets 404 or 403 from every page and API route of organisation A, and changes nothing", async ({
  page,
}) => {
  // Some eighty probes, three sign-ins: more than the default half-minute on a busy machine.
  test.slow();
  await signIn(page, demo.consultant);
  const members = (await (await page.request.get(`/api/orgs/${ORG_A}/members`)).json()) as {
    members: { id: string; email: string; role: string }[];
  };
  const consultantMembership = members.members.find((m) => m.email === demo.consultant)!.id;
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  await signIn(page, demo.outsider);
  for (const probe of probes) {
    const url = probe.url(consultantMembership);
    const response =
      probe.method === "GET" && !url.startsWith("/api")
        ? await page.goto(url)
        : await page.request.fetch(url, {
            method: probe.method,
            data: probe.body,
            headers: { origin: new URL(page.url()).origin },
          });
    expect([403, 404], `${probe.method} ${url}`).toContain(response!.status());
    if (!url.startsWith("/api")) await expect(page.getByText(/Not found|Not allowed/).first()).toBeVisible();
    else expect(await response!.text(), `${probe.method} ${url}`).not.toContain(demo.consultant);
  }

  await page.getByRole("link", { name: "Your organisations" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, demo.consultant);
  const after = (await (await page.request.get(`/api/orgs/${ORG_A}/members`)).json()) as typeof members;
  expect(after.members.find((m) => m.id === consultantMembership)?.role).toBe("owner");
  expect(((await (await page.request.get(`/api/orgs/${ORG_A}`)).json()) as { name: string }).name).toBe(
    "Harbour Mutual",
  );
  const model = (await (await page.request.get(`/api/orgs/${ORG_A}/model`)).json()) as { behaviours: unknown[] };
  expect(model.behaviours.length).toBeGreaterThan(10);
});

test("state-changing API calls from another origin are refused", async ({ page }) => {
  await signIn(page, demo.consultant);
  const response = await page.request.post("/api/orgs", {
    data: { name: "Forged" },
    headers: { origin: "http://evil.example" },
  });
  expect(response.status()).toBe(403);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
  const organisations = (await (await page.request.get("/api/orgs")).json()) as { organisations: { name: string }[] };
  expect(organisations.organisations.map((o) => o.name)).not.toContain("Forged");
});

test("bad input gets a 400 naming the field", async ({ page }) => {
  await signIn(page, demo.consultant);
  const origin = new URL(page.url()).origin;
  const response = await page.request.post(`/api/orgs/${ORG_A}/members`, {
    data: { email: "not-an-email", role: "viewer" },
    headers: { origin },
  });
  expect(response.status()).toBe(400);
  expect(await response.json()).toMatchObject({ status: 400, title: "Invalid input", field: "email" });
});

test("pages carry the security headers", async ({ page }) => {
  const response = await page.goto("/login");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
});
