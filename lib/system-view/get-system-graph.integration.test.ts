import { expect, it } from "vitest";
import { importModel } from "@/lib/model/import-model";
import { resolveOrgAccess } from "@/lib/access/org-access";
import { exampleModel } from "@/lib/test-support/example-model";
import { joinOrganisation, makeOwnedOrganisation, makeUser } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { ValidationError } from "@/lib/errors";
import { setInfluence } from "@/lib/inventory/set-influence";
import { getSystemGraph, searchSystem } from "./get-system-graph";

describeOnEachDatabase("the system view", (use) => {
  it("draws the organisation's stored model with its findings, and focuses a KPI through its links", async () => {
    const { db } = use();
    const owner = await makeOwnedOrganisation(db, "Graph Co");
    await importModel(await resolveOrgAccess(db, owner.actor, owner.organisation.slug, "model:edit"), exampleModel());
    const viewer = await makeUser(db, "Viewer");
    await joinOrganisation(owner, viewer, "viewer");
    const access = await resolveOrgAccess(db, viewer, owner.organisation.slug, "organisation:read");

    const clusters = await getSystemGraph(access, {});
    expect(clusters.mode).toBe("clusters");
    expect(clusters.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(["kpi:aht", "kpi:fcr"]));
    expect(clusters.choices.stages.length).toBeGreaterThan(0);
    const obstructs = clusters.edges.find((e) => e.source === "kpi:aht" && e.effect === "obstructs")!;
    expect(obstructs.severity).toBeDefined();
    expect(clusters.findings[obstructs.findings[0]!]!.explanation.length).toBeGreaterThan(10);

    // The example model: cost-per-claim trades off against fcr, which supports "resolve" (F12).
    const focus = await getSystemGraph(access, { focus: "kpi:cost-per-claim" });
    expect(focus.focus!.label).toBe("Cost per claim");
    expect(
      focus.paths.find((p) => p.steps.map((s) => s.node).join(" ") === "kpi:cost-per-claim kpi:fcr behaviour:resolve"),
    ).toMatchObject({ net: "obstructs" });

    await expect(getSystemGraph(access, { focus: "kpi:nothing" })).rejects.toBeInstanceOf(ValidationError);
    await expect(getSystemGraph(access, { stage: "nowhere" })).rejects.toMatchObject({ field: "stage" });
    expect((await searchSystem(access, "handle")).map((c) => c.id)).toContain("kpi:aht");
  });

  it("never reads another organisation's model", async () => {
    const { db } = use();
    const theirs = await makeOwnedOrganisation(db, "Theirs Co");
    await importModel(await resolveOrgAccess(db, theirs.actor, theirs.organisation.slug, "model:edit"), exampleModel());
    const mine = await makeOwnedOrganisation(db, "Mine Co");
    const graph = await getSystemGraph(mine, {});
    expect(graph.nodes).toEqual([]);
    await expect(getSystemGraph(mine, { focus: "kpi:aht" })).rejects.toBeInstanceOf(ValidationError);
    expect(await searchSystem(mine, "handle")).toEqual([]);
    // Their organisation is not reachable with my membership at all.
    await expect(resolveOrgAccess(db, mine.actor, theirs.organisation.slug, "organisation:read")).rejects.toThrow(
      /not found/i,
    );
  });

  it("keeps a built view while the model is unchanged, and builds it anew once the model changes", async () => {
    const { db } = use();
    const owner = await makeOwnedOrganisation(db, "Cache Co");
    await importModel(await resolveOrgAccess(db, owner.actor, owner.organisation.slug, "model:edit"), exampleModel());
    const access = await resolveOrgAccess(db, owner.actor, owner.organisation.slug, "model:edit");
    const first = await getSystemGraph(access, {});
    // The same query, its fields in another order: the view kept, not built again.
    expect(await getSystemGraph(access, { expand: ["b", "a"] })).toBe(
      await getSystemGraph(access, { expand: ["a", "b"] }),
    );
    expect(await getSystemGraph(access, {})).toBe(first);
    const before = first.edges.filter((e) => e.source === "kpi:aht");
    expect(before.some((e) => e.effect === "obstructs")).toBe(true);

    // Once aht no longer obstructs anything, the graph says so at once (never a stale view).
    for (const i of exampleModel().influences.filter((i) => i.from === "kpi:aht" && i.effect === "obstructs"))
      await setInfluence(access, { source: "kpi:aht", behaviour: i.to, effect: "none", strength: 1 });
    const after = await getSystemGraph(access, {});
    expect(after).not.toBe(first);
    expect(after.edges.some((e) => e.source === "kpi:aht" && e.effect === "obstructs")).toBe(false);
  });
});
