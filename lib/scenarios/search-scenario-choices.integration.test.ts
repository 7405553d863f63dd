import { beforeEach, expect, it } from "vitest";
import { resolveOrgAccess, type OrgAccess } from "@/lib/access/org-access";
import { parseInput } from "@/lib/http/parse-input";
import { importModel } from "@/lib/model/import-model";
import type { ModelDocument } from "@/lib/model/model-schema";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { exampleModel } from "@/lib/test-support/example-model";
import { refusal } from "@/lib/test-support/expectations";
import { joinOrganisation, makeUser } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { getScenarioChoices } from "./get-scenario-choices";
import { newKpiInput, scenarioChoicesQuery } from "./input";
import { makeNewKpi } from "./make-new-kpi";
import {
  FOUND,
  LISTED,
  searchScenarioKpis,
  searchScenarioRoles,
  searchScenarioSources,
} from "./search-scenario-choices";

const example = exampleModel();
const kpi = (key: string, name: string): ModelDocument["kpis"][number] => ({
  key,
  name,
  direction: "higher",
  department: "contact",
  payLinked: false,
  horizon: "short",
  category: "operational",
});
/** The example, with more KPIs than a search lists, and names with LIKE's wildcards in them. */
const harbour: ModelDocument = {
  ...example,
  kpis: [
    ...example.kpis,
    ...Array.from({ length: FOUND + 5 }, (_, i) => kpi(`cap-${i}`, `Cap check ${String(i).padStart(2, "0")}`)),
    ...Array.from({ length: LISTED }, (_, i) => kpi(`zz-${i}`, `Zz filler ${String(i).padStart(2, "0")}`)),
    kpi("on-time", "100% on time"),
    kpi("net-promoter", "Net_promoter score"),
  ],
};
const elsewhere: ModelDocument = { ...example, kpis: [...example.kpis, kpi("secret", "Secret elsewhere measure")] };

const draft = {
  name: "Customer effort score",
  department: "contact",
  payLinked: false,
  direction: "lower" as const,
  horizon: "short" as const,
  category: "customer" as const,
  definition: "",
  measuredRoles: [],
  counters: ["aht"],
};

describeOnEachDatabase("the scenario editor's searches of KPIs and what influences", (use) => {
  let owner: OrgAccess;
  let viewer: OrgAccess;
  let other: OrgAccess;

  beforeEach(async () => {
    const { db } = use();
    const ownerUser = await makeUser(db, "Owner");
    const organisation = await createOrganisation({ db, actor: ownerUser }, { name: "Harbour" });
    owner = await resolveOrgAccess(db, ownerUser, organisation.slug, "model:edit");
    await importModel(owner, harbour);
    const viewerUser = await makeUser(db, "Viewer");
    await joinOrganisation(owner, viewerUser, "viewer");
    viewer = await resolveOrgAccess(db, viewerUser, organisation.slug, "organisation:read");
    const otherUser = await makeUser(db, "Other owner");
    const otherOrganisation = await createOrganisation({ db, actor: otherUser }, { name: "Elsewhere" });
    other = await resolveOrgAccess(db, otherUser, otherOrganisation.slug, "model:edit");
    await importModel(other, elsewhere);
  });

  it("finds KPIs by every word of their name, in any case and order, in the member's organisation only", async () => {
    const found = await searchScenarioKpis(viewer, "TIME handle");
    expect(found).toEqual({ choices: [{ key: "aht", name: "Average handle time", payLinked: true }], more: false });
    expect(await searchScenarioKpis(owner, "secret elsewhere")).toEqual({ choices: [], more: false });
    expect((await searchScenarioKpis(other, "secret elsewhere")).choices.map((k) => k.key)).toEqual(["secret"]);
    // Nor through what influences.
    expect(await searchScenarioSources(owner, "secret")).toEqual({ choices: [], more: false });
  });

  it("takes %, _ and \\ as themselves, not as wildcards", async () => {
    expect((await searchScenarioKpis(owner, "%")).choices.map((k) => k.key)).toEqual(["on-time"]);
    expect((await searchScenarioKpis(owner, "t_p")).choices.map((k) => k.key)).toEqual(["net-promoter"]);
    expect(await searchScenarioKpis(owner, "cap%check")).toEqual({ choices: [], more: false });
    expect(await searchScenarioKpis(owner, "c_p")).toEqual({ choices: [], more: false });
    expect(await searchScenarioKpis(owner, "\\")).toEqual({ choices: [], more: false });
  });

  it("lists a capped number by name and says when more match; with no words, the first ones by name", async () => {
    const capped = await searchScenarioKpis(owner, "cap check");
    expect(capped.choices).toHaveLength(FOUND);
    expect(capped.more).toBe(true);
    expect(capped.choices[0]!.name).toBe("Cap check 00");
    expect(await searchScenarioKpis(owner, "cap check 24")).toEqual({
      choices: [{ key: "cap-24", name: "Cap check 24", payLinked: false }],
      more: false,
    });
    const first = await searchScenarioKpis(owner, "  ");
    expect(first.choices).toHaveLength(LISTED);
    expect(first.more).toBe(true);
    const names = first.choices.map((k) => k.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(names[0]).toBe("100% on time");
  });

  it("finds what influences among KPIs, processes and systems, each named with its kind", async () => {
    const process = example.processes[0]!;
    const system = example.systems[0]!;
    const byProcess = await searchScenarioSources(viewer, process.name.toUpperCase());
    expect(byProcess.choices).toContainEqual({ key: `process:${process.key}`, name: `Process: ${process.name}` });
    const bySystem = await searchScenarioSources(viewer, system.name);
    expect(bySystem.choices).toContainEqual({ key: `system:${system.key}`, name: `System: ${system.name}` });
    expect((await searchScenarioSources(viewer, "handle time")).choices).toEqual([
      { key: "kpi:aht", name: "KPI: Average handle time" },
    ]);
    const capped = await searchScenarioSources(viewer, "cap");
    expect([capped.choices.length, capped.more]).toEqual([FOUND, true]);
  });

  it("finds roles a new KPI may measure by the words of their name and their department's", async () => {
    expect((await searchScenarioRoles(owner, "contact ADVISOR")).choices).toContainEqual({
      key: "advisor",
      name: "Contact-centre advisor · Contact centre",
    });
    expect(await searchScenarioRoles(owner, "no role is called this")).toEqual({ choices: [], more: false });
    expect((await getScenarioChoices(owner)).first.roles.choices.map((r) => r.key)).toContain("advisor");
    // A member who may not draft is offered no roles for a new KPI.
    expect((await getScenarioChoices(viewer)).first.roles).toEqual({ choices: [], more: false });
  });

  it("sends the editor only the KPIs, processes and systems a scenario names, the start KPI and the first ones", async () => {
    const fresh = await getScenarioChoices(owner);
    expect(fresh.kpis).toEqual([]);
    expect([fresh.processes, fresh.systems, fresh.behaviours]).toEqual([[], [], []]);
    expect(fresh.first.kpis.choices).toHaveLength(LISTED);
    expect(fresh.first.kpis.more).toBe(true);
    expect(fresh.first.sources.choices).toHaveLength(LISTED);

    const started = await getScenarioChoices(owner, [], "zz-49");
    expect(started.kpis).toEqual([{ key: "zz-49", name: "Zz filler 49", payLinked: false }]);

    const named = await getScenarioChoices(viewer, [
      { edit: "addCounter", kpi: "aht", counter: "cap-3" },
      { edit: "removeInfluence", from: `process:${example.processes[0]!.key}`, to: example.behaviours[0]!.key },
    ]);
    expect(named.kpis.map((k) => k.key)).toEqual(["aht", "cap-3"]);
    expect(named.processes.map((p) => p.key)).toEqual([example.processes[0]!.key]);
    expect(named.systems).toEqual([]);
    expect(named.behaviours.map((b) => b.key)).toEqual([example.behaviours[0]!.key]);
  });

  it("makes a new KPI on the server: named against every KPI (409 at name), keyed apart from every key", async () => {
    const made = await makeNewKpi(owner, parseInput(newKpiInput, { kpi: draft, edits: [] }));
    expect(made.edit.kpi).toMatchObject({ key: "customer-effort-score", name: "Customer effort score" });
    expect(made.edit.kpi.counters).toEqual(["aht"]);

    // A name the model has, whatever its case: a conflict with the KPIs as they are.
    const taken = await refusal(makeNewKpi(owner, { kpi: { ...draft, name: " cap CHECK 07 " }, edits: [] }));
    expect([taken.status, taken.field, taken.message]).toEqual([
      409,
      "name",
      "There is already a KPI named “cap CHECK 07”.",
    ]);
    // …or one the scenario adds already.
    const twice = await refusal(
      makeNewKpi(owner, { kpi: draft, edits: [made.edit, { edit: "dropPayLink", kpi: "aht" }] }),
    );
    expect([twice.status, twice.field]).toEqual([409, "name"]);
    // A name whose key another KPI has (the model's "aht", a name the editor never sent) gets a key of its own.
    expect((await makeNewKpi(owner, { kpi: { ...draft, name: "AHT" }, edits: [] })).edit.kpi.key).toBe("aht-2");
    const blank = await refusal(makeNewKpi(owner, { kpi: { ...draft, name: "  " }, edits: [] }));
    expect([blank.status, blank.field]).toEqual([400, "name"]);
  });

  it("lets only members who may draft make a new KPI (403 for a viewer)", async () => {
    const refused = await refusal(makeNewKpi(viewer, { kpi: draft, edits: [] }));
    expect(refused.status).toBe(403);
  });

  it("refuses a bad search with a 400 naming the field", () => {
    const parse = (query: Record<string, string>) => {
      try {
        parseInput(scenarioChoicesQuery, query);
        return null;
      } catch (error) {
        return error as { status: number; field: string };
      }
    };
    expect(parse({ for: "kpi" })).toBeNull();
    expect(parse({ for: "behaviours", q: "x" })).toMatchObject({ status: 400, field: "for" });
    expect(parse({ q: "x" })).toMatchObject({ status: 400, field: "for" });
    expect(parse({ for: "kpi", q: "x".repeat(201) })).toMatchObject({ status: 400, field: "q" });
  });
});
