import { expect, it } from "vitest";
import { getOrganisationAnalysis } from "@/lib/alignment/get-organisation-analysis";
import { resolveOrgAccess } from "@/lib/access/org-access";
import { onOrganisationWrite, organisationWritten } from "@/lib/access/organisation-writes";
import { importModel } from "@/lib/model/import-model";
import { setInfluence } from "@/lib/inventory/set-influence";
import { exampleModel } from "@/lib/test-support/example-model";
import { joinOrganisation, makeOwnedOrganisation, makeUser } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import type { Db } from "@/lib/db/types";
import { getSystemGraph } from "./get-system-graph";
import { warmAfterWrite, warmRecentOrganisations, warmUpFinished, warmUpSettled } from "./warm-up";

const renameUnaudited = (db: Db, organisationId: string, kpi: string, name: string) =>
  db.$executeRaw`UPDATE "Kpi" SET "name" = ${name} WHERE "organisationId" = ${organisationId} AND "key" = ${kpi}`;

describeOnEachDatabase("the system view's warm-up", (use) => {
  it("reads, analyses and builds the clustered view at start, so the first visit finds it built", async () => {
    const { db } = use();
    const owner = await makeOwnedOrganisation(db, "Warm Co");
    await importModel(await resolveOrgAccess(db, owner.actor, owner.organisation.slug, "model:edit"), exampleModel());
    const viewer = await makeUser(db, "Warm viewer");
    await joinOrganisation(owner, viewer, "viewer");

    await warmRecentOrganisations(db);
    expect(warmUpFinished()).toBe(true);
    // A rename behind the app's back (no audit event, so the model's stamp stays): a visit that read the model
    // would see it; one that gets what the warm-up built does not.
    await renameUnaudited(db, owner.organisation.id, "aht", "Renamed behind the app");
    const access = await resolveOrgAccess(db, viewer, owner.organisation.slug, "organisation:read");
    const first = await getSystemGraph(access, {});
    expect(first.nodes.find((n) => n.id === "kpi:aht")?.label).toBe("Average handle time");
  });

  it("after a change, builds the new model's view before anyone asks, and never serves the old one", async () => {
    const { db } = use();
    const owner = await makeOwnedOrganisation(db, "Rewarm Co");
    const editor = await resolveOrgAccess(db, owner.actor, owner.organisation.slug, "model:edit");
    await importModel(editor, exampleModel());
    const before = await getSystemGraph(editor, {});
    expect(before.edges.some((e) => e.source === "kpi:aht" && e.effect === "obstructs")).toBe(true);

    for (const i of exampleModel().influences.filter((i) => i.from === "kpi:aht" && i.effect === "obstructs"))
      await setInfluence(editor, { source: "kpi:aht", behaviour: i.to, effect: "none", strength: 1 });
    warmAfterWrite(db, owner.organisation);
    await warmUpSettled();
    await renameUnaudited(db, owner.organisation.id, "aht", "Renamed behind the app");
    const { model } = await getOrganisationAnalysis(editor);
    // What the warm-up read after the change, not a read of the visit's own: the rename is not in it.
    expect(model.kpis.find((k) => k.key === "aht")?.name).toBe("Average handle time");
    // The warmed analysis is the current one: aht's obstructs are gone from the model it holds.
    expect(model.influences.some((i) => i.from === "kpi:aht" && i.effect === "obstructs")).toBe(false);
    const after = await getSystemGraph(editor, {});
    expect(after).not.toBe(before);
    expect(after.edges.some((e) => e.source === "kpi:aht" && e.effect === "obstructs")).toBe(false);
  });

  it("a visit during the pause after a change gets the new model at once, and the warm-up then reads nothing again", async () => {
    const { db } = use();
    const owner = await makeOwnedOrganisation(db, "Pause Co");
    const editor = await resolveOrgAccess(db, owner.actor, owner.organisation.slug, "model:edit");
    await importModel(editor, exampleModel());
    await getSystemGraph(editor, {});

    const obstructing = exampleModel().influences.find((i) => i.from === "kpi:aht" && i.effect === "obstructs")!;
    await setInfluence(editor, { source: "kpi:aht", behaviour: obstructing.to, effect: "none", strength: 1 });
    warmAfterWrite(db, owner.organisation);
    // The visit comes while the warm-up still waits: it reads the changed model itself.
    const visit = await getOrganisationAnalysis(editor);
    expect(visit.model.influences.some((i) => i.from === "kpi:aht" && i.to === obstructing.to)).toBe(false);
    await renameUnaudited(db, owner.organisation.id, "aht", "Renamed behind the app");
    await warmUpSettled();
    // The warm-up found that read and kept it: no second read (it would have seen the rename).
    const kept = await getOrganisationAnalysis(editor);
    expect(kept.model).toBe(visit.model);
    expect(kept.model.kpis.find((k) => k.key === "aht")?.name).toBe("Average handle time");
  });

  it("a listener that fails does not stop the others, nor the write that told them", () => {
    const { db } = use();
    const heard: string[] = [];
    const stopFailing = onOrganisationWrite(() => {
      throw new Error("listener broke");
    });
    const stopHearing = onOrganisationWrite((_db, organisation) => heard.push(organisation.id));
    const quiet = console.error;
    console.error = () => {};
    try {
      expect(() => organisationWritten(db, { id: "org-1", name: "One" })).not.toThrow();
    } finally {
      console.error = quiet;
      stopFailing();
      stopHearing();
    }
    organisationWritten(db, { id: "org-2", name: "Two" });
    expect(heard).toEqual(["org-1"]);
  });
});
