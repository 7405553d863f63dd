/**
 * The system view's warm-up in the built server (`npm run build` first; see vitest.http.config.mts): the server
 * reads and analyses its organisations' models when it starts, says so on GET /api/health/ready, and the first
 * visit gets what it built.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { startDemoApp, type DemoApp } from "@/lib/test-support/demo-app";

const ORG = "harbour-mutual";
let app: DemoApp;

beforeAll(async () => {
  app = await startDemoApp();
});

afterAll(async () => {
  await app?.close();
});

async function ready(): Promise<Response> {
  for (let attempt = 0; attempt < 300; attempt++) {
    const response = await fetch(`${app.origin}/api/health/ready`);
    if (response.status !== 503) return response;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("The server did not say it was ready within 60 s.");
}

it("says it is ready once the models are read, and the first visit gets the view built at start", async () => {
  const response = await ready();
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: "ready" });

  // Renamed behind the app's back (no audit event, so the model's stamp stays): a first visit that read the
  // model itself would show the new name; one served what the server built at start shows the old.
  const organisation = await app.db.organisation.findUniqueOrThrow({ where: { slug: ORG } });
  await app.db.kpi.updateMany({
    where: { organisationId: organisation.id, key: "aht" },
    data: { name: "Renamed behind the app" },
  });
  const cookie = await app.signInAs("consultant@demo.throughline.test");
  const view = await fetch(`${app.origin}/api/orgs/${ORG}/system`, { headers: { cookie } });
  expect(view.status).toBe(200);
  const { nodes } = (await view.json()) as { nodes: { id: string; label: string }[] };
  expect(nodes.find((n) => n.id === "kpi:aht")?.label).toBe("Average handle time");
});

it("tells nothing about any organisation to someone not signed in", async () => {
  const response = await fetch(`${app.origin}/api/health/ready`);
  expect(Object.keys(await response.json())).toEqual(["status"]);
});
