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
import { createScenario } from "./create-scenario";
import { getScenarioChoices } from "./get-scenario-choices";
import { newKpiInput, scenarioChoicesQuery } from "./input";
import { makeNewKpi } from "./make-new-kpi";
import { previewScenario } from "./preview-scenario";
import type { ScenarioEdit } from "./rules/scenario-schema";
import {
  FOUND,
  LISTED,
  searchScenarioDepartments,
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
/** Branches: more departments than the editor lists, their keys unlike their names ("Branch 07", `site-07`). */
const BRANCHES = LISTED + 5;
const branchKey = (i: number) => `site-${String(i).padStart(2, "0")}`;
/** The example, with more KPIs and departments than a search lists, and names with LIKE's wildcards in them. */
const harbour: ModelDocument = {
  ...example,
  departments: [
    ...example.departments,
    ...Array.from({ length: BRANCHES }, (_, i) => ({
      key: branchKey(i),
      name: `Branch ${String(i).padStart(2, "0")}`,
    })),
  ],
  kpis: [
    ...example.kpis,
    ...Array.from({ length: FOUND + 5 }, (_, i) => kpi(`cap-${i}`, `Cap check ${String(i).padStart(2, "0")}`)),
    ...Array.from({ length: LISTED }, (_, i) => kpi(`zz-${i}`, `Zz filler ${String(i).padStart(2, "0")}`)),
    kpi("on-time", "100% on time"),
    kpi("net-promoter", "Net_promoter score"),
  ],
};
const elsewhere: ModelDocument = {
  ...example,
  departments: [...example.departments, { key: "secret-office", name: "Secret elsewhere office" }],
  kpis: [...example.kpis, kpi("secret", "Secret elsewhere measure")],
};

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
  let head: OrgAccess;
  let other: OrgAccess;
  let otherUser: Awaited<ReturnType<typeof makeUser>>;

  beforeEach(async () => {
    const { db } = use();
    const ownerUser = await makeUser(db, "Owner");
    const organisation = await createOrganisation({ db, actor: ownerUser }, { name: "Harbour" });
    owner = await resolveOrgAccess(db, ownerUser, organisation.slug, "model:edit");
    await importModel(owner, harbour);
    const viewerUser = await makeUser(db, "Viewer");
    await joinOrganisation(owner, viewerUser, "viewer");
    viewer = await resolveOrgAccess(db, viewerUser, organisation.slug, "organisation:read");
    // Head of customer service: that department and the contact centre below it.
    const service = await db.department.findFirstOrThrow({
      where: { organisationId: organisation.id, key: "service" },
    });
    const headUser = await makeUser(db, "Head of service");
    await joinOrganisation(owner, headUser, "department_head", [service.id]);
    head = await resolveOrgAccess(db, headUser, organisation.slug, "organisation:read");
    otherUser = await makeUser(db, "Other owner");
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

  it("finds departments for a new KPI by the words of their name or key, in the member's organisation only", async () => {
    expect(await searchScenarioDepartments(owner, "CENTRE contact")).toEqual({
      choices: [{ key: "contact", name: "Contact centre" }],
      more: false,
    });
    // "site-07" is only in the key; "branch" is only in the name: a search may mix them.
    expect(await searchScenarioDepartments(owner, "site-07")).toEqual({
      choices: [{ key: "site-07", name: "Branch 07" }],
      more: false,
    });
    expect((await searchScenarioDepartments(owner, "07 BRANCH site")).choices.map((d) => d.key)).toEqual(["site-07"]);
    expect(await searchScenarioDepartments(owner, "no department is called this")).toEqual({
      choices: [],
      more: false,
    });
    // Another organisation's department never comes back, whatever the words; its own members find it.
    expect(await searchScenarioDepartments(owner, "secret elsewhere")).toEqual({ choices: [], more: false });
    expect(await searchScenarioDepartments(owner, "secret-office")).toEqual({ choices: [], more: false });
    expect((await searchScenarioDepartments(other, "secret")).choices).toEqual([
      { key: "secret-office", name: "Secret elsewhere office" },
    ]);
    expect((await searchScenarioDepartments(other, "")).choices.map((d) => d.key)).not.toContain("site-00");
  });

  it("lists a capped number of departments by name and says when more match", async () => {
    const everyone = await searchScenarioDepartments(owner, "");
    expect([everyone.choices.length, everyone.more]).toEqual([LISTED, true]);
    const names = everyone.choices.map((d) => d.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(names.slice(0, 2)).toEqual(["Billing", "Branch 00"]);
    const branches = await searchScenarioDepartments(owner, "branch");
    expect([branches.choices.length, branches.more]).toEqual([FOUND, true]);
    expect(branches.choices[0]).toEqual({ key: "site-00", name: "Branch 00" });
    const last = `Branch ${BRANCHES - 1}`;
    expect(await searchScenarioDepartments(owner, last)).toEqual({
      choices: [{ key: branchKey(BRANCHES - 1), name: last }],
      more: false,
    });
  });

  it("offers only the departments a member may draft for: a head's own and those below them, none to a viewer", async () => {
    expect((await searchScenarioDepartments(head, "")).choices).toEqual([
      { key: "contact", name: "Contact centre" },
      { key: "service", name: "Customer service" },
    ]);
    expect(await searchScenarioDepartments(head, "branch")).toEqual({ choices: [], more: false });
    expect(await searchScenarioDepartments(head, "billing")).toEqual({ choices: [], more: false });
    expect(await searchScenarioDepartments(viewer, "contact")).toEqual({ choices: [], more: false });
    expect((await getScenarioChoices(head)).first.departments.choices.map((d) => d.key)).toEqual([
      "contact",
      "service",
    ]);
    expect((await getScenarioChoices(viewer)).first.departments).toEqual({ choices: [], more: false });
  });

  it("asks for the permission every search of the editor asks for: an outsider is refused, a member without it too", async () => {
    const { db } = use();
    // Not a member: the gate finds no such organisation (404), as for every search of the editor.
    const outsider = await refusal(resolveOrgAccess(db, otherUser, owner.organisation.slug, "organisation:read"));
    expect(outsider.status).toBe(404);
    // A member whose role may not read the organisation: each search refuses alike (403).
    const unread = { ...viewer, membership: { ...viewer.membership, role: "no-such-role" as never } };
    for (const search of [searchScenarioKpis, searchScenarioSources, searchScenarioRoles, searchScenarioDepartments]) {
      expect((await refusal(search(unread, "contact"))).status).toBe(403);
    }
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

  it("sends the editor the first departments and those the scenario's new KPIs belong to", async () => {
    const fresh = await getScenarioChoices(owner);
    expect(fresh.departments).toEqual([]);
    expect([fresh.first.departments.choices.length, fresh.first.departments.more]).toEqual([LISTED, true]);
    // The last branch by name is past the first fifty: carried because a new KPI of the scenario belongs to it.
    const last = branchKey(BRANCHES - 1);
    expect(fresh.first.departments.choices.map((d) => d.key)).not.toContain(last);
    const withNewKpi = await getScenarioChoices(owner, [
      { edit: "addKpi", kpi: { ...kpi("branch-effort", "Branch effort"), department: last } },
    ]);
    expect(withNewKpi.departments).toEqual([{ key: last, name: `Branch ${BRANCHES - 1}` }]);
  });

  it("refuses a new KPI in a department the model does not have: a 400 naming the field and the key", async () => {
    const nowhere = await refusal(makeNewKpi(owner, { kpi: { ...draft, department: "nowhere" }, edits: [] }));
    expect([nowhere.status, nowhere.field, nowhere.message]).toEqual([
      400,
      "kpi.department",
      'No department with key "nowhere".',
    ]);
    // Another organisation's department is not this one's.
    const theirs = await refusal(makeNewKpi(owner, { kpi: { ...draft, department: "secret-office" }, edits: [] }));
    expect([theirs.status, theirs.field]).toEqual([400, "kpi.department"]);
    // A change sent without the editor (a saved draft, a preview) is refused the same way, at its place.
    const edit: ScenarioEdit = {
      edit: "addKpi",
      kpi: { ...kpi("nowhere-effort", "Nowhere effort"), department: "nowhere" },
    };
    // One at a time: a refusal started before the previous one is awaited would be an unhandled rejection.
    for (const attempt of [
      () => createScenario(owner, { name: "Nowhere", edits: [edit] }),
      () => previewScenario(owner, [edit]),
    ]) {
      const refused = await refusal(attempt());
      expect([refused.status, refused.field]).toEqual([400, "edits[0].kpi.department"]);
      expect(refused.message).toContain('"nowhere"');
    }
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
    expect(parse({ for: "department", q: "contact" })).toBeNull();
    expect(parse({ for: "behaviours", q: "x" })).toMatchObject({ status: 400, field: "for" });
    expect(parse({ q: "x" })).toMatchObject({ status: 400, field: "for" });
    expect(parse({ for: "kpi", q: "x".repeat(201) })).toMatchObject({ status: 400, field: "q" });
  });
});
