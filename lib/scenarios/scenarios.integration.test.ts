import { beforeEach, expect, it } from "vitest";
import { listActionItems } from "@/lib/actions/list-action-items";
import { analyzeModel } from "@/lib/alignment/rules/analyze-model";
import { exportModel } from "@/lib/model/export-model";
import { importModel } from "@/lib/model/import-model";
import { removeInventoryItem } from "@/lib/inventory/remove-inventory-item";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { resolveOrgAccess, type OrgAccess } from "@/lib/access/org-access";
import { exampleModel } from "@/lib/test-support/example-model";
import { refusal } from "@/lib/test-support/expectations";
import { joinOrganisation, makeUser } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { applyScenarioToModel } from "./apply-scenario-to-model";
import { createScenario } from "./create-scenario";
import { deleteScenario } from "./delete-scenario";
import { getScenario } from "./get-scenario";
import { listScenarios } from "./list-scenarios";
import { previewSavedScenario, previewScenario } from "./preview-scenario";
import { getScenarioChoices } from "./get-scenario-choices";
import { makeNewKpi } from "./make-new-kpi";
import { applyScenario } from "./rules/apply-scenario";
import type { ScenarioEdit } from "./rules/scenario-schema";
import { searchScenarioDepartments } from "./search-scenario-choices";
import { searchBehaviours } from "./search-behaviours";
import { turnScenarioIntoAction } from "./turn-scenario-into-action";
import { updateScenario } from "./update-scenario";

const example = exampleModel();
const pairAht: ScenarioEdit[] = [
  { edit: "dropPayLink", kpi: "aht" },
  { edit: "addCounter", kpi: "aht", counter: "fcr" },
];

describeOnEachDatabase("saved what-if scenarios", (use) => {
  let owner: OrgAccess;
  let executive: OrgAccess;
  let head: OrgAccess;
  let viewer: OrgAccess;
  let other: OrgAccess;

  beforeEach(async () => {
    const { db } = use();
    const ownerUser = await makeUser(db, "Owner");
    const organisation = await createOrganisation({ db, actor: ownerUser }, { name: "Harbour" });
    owner = await resolveOrgAccess(db, ownerUser, organisation.slug, "model:edit");
    await importModel(owner, example);
    const contact = await db.department.findFirstOrThrow({
      where: { organisationId: organisation.id, key: "contact" },
    });
    const join = async (name: string, role: "executive" | "department_head" | "viewer", departments: string[] = []) => {
      const user = await makeUser(db, name);
      await joinOrganisation(owner, user, role, departments);
      return resolveOrgAccess(db, user, organisation.slug, "organisation:read");
    };
    executive = await join("Executive", "executive");
    head = await join("Head of contact", "department_head", [contact.id]);
    viewer = await join("Viewer", "viewer");
    const otherUser = await makeUser(db, "Other owner");
    const otherOrganisation = await createOrganisation({ db, actor: otherUser }, { name: "Elsewhere" });
    other = await resolveOrgAccess(db, otherUser, otherOrganisation.slug, "model:edit");
    await importModel(other, example);
  });

  it("previews a draft: the critical finding clears, with alignment before and after per department", async () => {
    const preview = await previewScenario(executive, pairAht);
    const expected = applyScenario(example, pairAht);
    if (!expected.ok) throw new Error("the example scenario must fit");
    const before = analyzeModel(example);
    const after = analyzeModel(expected.model);
    expect(preview.cleared.some((f) => f.rule === "F1" && f.severity === "critical" && f.id.includes("kpi:aht"))).toBe(
      true,
    );
    expect(preview.clearedCount).toBe(
      before.findings.filter((f) => !after.findings.some((g) => g.id === f.id && g.severity === f.severity)).length,
    );
    expect(preview.cleared[0]!.severity).toBe("critical");
    // A finding that only eases says so on both sides, with the severity of the other side.
    for (const f of preview.cleared) {
      const stays = after.findings.find((g) => g.id === f.id);
      expect(f.otherSeverity).toBe(stays?.severity);
    }
    for (const f of preview.appeared)
      expect(f.otherSeverity).toBe(before.findings.find((g) => g.id === f.id)?.severity);
    expect(preview.alignment.before).toBe(before.alignment.organisation);
    expect(preview.alignment.after).toBe(after.alignment.organisation);
    expect(preview.alignment.departments.map((d) => d.key).sort()).toEqual(
      example.departments.map((d) => d.key).sort(),
    );
  });

  it("lists counts that follow the scenario's edits and the model as it is now", async () => {
    const listed = async (id: string) => {
      const item = (await listScenarios(executive)).find((s) => s.id === id)!;
      return [item.cleared, item.appeared];
    };
    const saved = await createScenario(executive, { name: "Pair handle time", edits: pairAht });
    const preview = await previewSavedScenario(executive, saved.id);
    expect(preview.clearedCount).toBeGreaterThan(0);
    expect(await listed(saved.id)).toEqual([preview.clearedCount, preview.appearedCount]);
    // Its edits change: so do its counts (none, for no edits).
    await updateScenario(executive, saved.id, { edits: [] });
    expect(await listed(saved.id)).toEqual([0, 0]);
    await updateScenario(executive, saved.id, { edits: pairAht });
    expect(await listed(saved.id)).toEqual([preview.clearedCount, preview.appearedCount]);
    // The model changes under it: without average handle time its edits no longer fit, and the list says so.
    await removeInventoryItem(owner, "kpi", "aht");
    expect(await listed(saved.id)).toEqual([null, null]);
  });

  it("saves, lists with counts, shares, turns into an action and applies once, audited", async () => {
    const { db } = use();
    const saved = await createScenario(executive, { name: "Pair handle time", edits: pairAht });
    expect(saved).toMatchObject({ name: "Pair handle time", shared: false, mine: true, author: "Executive" });
    const [listed] = await listScenarios(executive);
    expect(listed).toMatchObject({ id: saved.id });
    expect(listed!.cleared).toBe((await previewSavedScenario(executive, saved.id)).clearedCount);

    // Private until shared: others in the organisation are told it does not exist.
    expect((await refusal(getScenario(owner, saved.id))).status).toBe(404);
    expect(await listScenarios(viewer)).toEqual([]);
    await updateScenario(executive, saved.id, { shared: true });
    expect((await getScenario(viewer, saved.id)).mine).toBe(false);
    expect((await listScenarios(viewer)).map((s) => s.id)).toEqual([saved.id]);
    // Shared is readable, not writable, by others.
    expect((await refusal(updateScenario(owner, saved.id, { name: "Mine now" }))).status).toBe(403);

    const action = await turnScenarioIntoAction(executive, saved.id, {});
    const item = await db.actionItem.findFirstOrThrow({
      where: { organisationId: executive.organisation.id, key: action.key },
    });
    expect([item.title, item.scenarioId, item.owner]).toEqual(["Pair handle time", saved.id, executive.actor.email]);
    // The actions list links the scenario for whoever may open it: a private one's link only for its author.
    const hidden = await createScenario(executive, { name: "Private idea", edits: [] });
    await turnScenarioIntoAction(executive, hidden.id, { owner: owner.actor.email, due: "2027-03-01" });
    const scenarioOf = async (access: OrgAccess, title: string) =>
      (await listActionItems(access)).find((a) => a.title === title)?.scenario;
    expect(await scenarioOf(owner, "Pair handle time")).toEqual({ id: saved.id, name: "Pair handle time" });
    expect(await scenarioOf(owner, "Private idea")).toBeNull();
    expect(await scenarioOf(executive, "Private idea")).toEqual({ id: hidden.id, name: "Private idea" });

    const result = await applyScenarioToModel(owner, saved.id);
    expect(result.applied).toBe(2);
    const model = await exportModel(owner);
    const aht = model.kpis.find((k) => k.key === "aht")!;
    expect([aht.payLinked, aht.counters]).toEqual([false, ["fcr"]]);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { organisationId: owner.organisation.id, action: "scenario.applied" },
    });
    expect(audit.summary).toBe(
      "Applied the scenario “Pair handle time”: Average handle time no longer counts towards pay; First contact resolution catches what Average handle time can damage",
    );

    const again = await refusal(applyScenarioToModel(executive, saved.id));
    expect(again.status).toBe(409);
    expect((await refusal(updateScenario(executive, saved.id, { name: "Changed" }))).status).toBe(409);
  });

  it("refuses to apply when the model changed so an edit no longer fits, naming the edit, and writes nothing", async () => {
    const saved = await createScenario(owner, {
      name: "Link speed to cost",
      edits: [
        { edit: "dropPayLink", kpi: "aht" },
        { edit: "setKpiLink", from: "invoices-per-hour", to: "cost-per-claim", effect: "reinforces" },
      ],
    });
    await removeInventoryItem(owner, "kpi", "cost-per-claim");
    const stale = await refusal(applyScenarioToModel(owner, saved.id));
    expect([stale.status, stale.field]).toEqual([409, "edits[1].to"]);
    expect(stale.message).toContain("Pushing Invoices per hour up helps cost-per-claim");
    expect((await exportModel(owner)).kpis.find((k) => k.key === "aht")!.payLinked).toBe(true);
    expect((await getScenario(owner, saved.id)).appliedAt).toBeNull();
  });

  it("applies every kind of edit as the pure engine does", async () => {
    const edits: ScenarioEdit[] = [
      {
        edit: "addKpi",
        kpi: {
          key: "nps",
          name: "Net promoter score",
          direction: "higher",
          department: "contact",
          measuredRoles: ["advisor"],
          payLinked: true,
          horizon: "long",
          category: "customer",
          counters: ["fcr"],
        },
      },
      {
        edit: "setInfluence",
        from: "kpi:nps",
        to: "resolve",
        effect: "supports",
        strength: 3,
        why: "Asked after the call",
      },
      { edit: "removeInfluence", from: "kpi:aht", to: "resolve" },
      { edit: "removeCounter", kpi: "fcr", counter: "aht" },
      { edit: "setKpiLink", from: "nps", to: "fcr", effect: "reinforces" },
      { edit: "removeKpiLink", from: "aht", to: "fcr" },
      { edit: "removeKpi", kpi: "invoices-per-hour" },
    ];
    const saved = await createScenario(owner, { name: "Everything", edits });
    await applyScenarioToModel(owner, saved.id);
    const expected = applyScenario(example, edits);
    if (!expected.ok) throw new Error("the scenario must fit");
    const stored = await exportModel(owner);
    const sorted = <T>(list: T[] | undefined) => [...(list ?? [])].map((x) => JSON.stringify(x)).sort();
    expect(sorted(stored.kpis)).toEqual(
      sorted(expected.model.kpis.map((k) => ({ ...k, measuredRoles: k.measuredRoles }))),
    );
    expect(sorted(stored.influences)).toEqual(sorted(expected.model.influences));
    expect(sorted(stored.kpiLinks)).toEqual(sorted(expected.model.kpiLinks));
  });

  it("lets a head draft only edits of their own departments, and not apply", async () => {
    const mine = await createScenario(head, { name: "Our handle time", edits: pairAht });
    const outside = await refusal(
      createScenario(head, { name: "Theirs", edits: [...pairAht, { edit: "addPayLink", kpi: "cost-per-claim" }] }),
    );
    expect(outside.status).toBe(403);
    expect(outside.message).toContain("“Cost per claim counts towards pay” is outside them");
    const edited = await refusal(
      updateScenario(head, mine.id, { edits: [{ edit: "removeKpi", kpi: "invoices-per-hour" }] }),
    );
    expect(edited.status).toBe(403);
    expect((await refusal(applyScenarioToModel(head, mine.id))).status).toBe(403);
    expect((await refusal(createScenario(viewer, { name: "Mine", edits: [] }))).status).toBe(403);
  });

  it("finds behaviours by their words, in the member's organisation only", async () => {
    const found = await searchBehaviours(head, "call customer");
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((b) => /call/i.test(b.name) && /customer/i.test(b.name))).toBe(true);
    expect(found.map((b) => b.key)).toContain("resolve");
    expect(await searchBehaviours(owner, "no behaviour says this")).toEqual([]);
  });

  it("names an edit that does not fit the model when saving", async () => {
    const bad = await refusal(
      createScenario(owner, { name: "Typo", edits: [{ edit: "addCounter", kpi: "aht", counter: "fcrr" }] }),
    );
    expect([bad.status, bad.field]).toEqual([400, "edits[0].counter"]);
    expect(bad.message).toContain('"fcrr"');
  });

  it("adds a new KPI as the editor's form makes it: a counter of a pay-linked KPI that clears its unpaired incentive", async () => {
    const choices = await getScenarioChoices(executive);
    expect(choices.first.departments.choices.map((d) => d.key).sort()).toEqual(
      example.departments.map((d) => d.key).sort(),
    );
    expect(choices.first.roles.choices.find((r) => r.key === "advisor")?.name).toBe(
      "Contact-centre advisor · Contact centre",
    );
    const made = await makeNewKpi(executive, {
      kpi: {
        name: "Customer effort score",
        department: "contact",
        payLinked: false,
        direction: "lower",
        horizon: "short",
        category: "customer",
        definition: "How hard customers say it was to get help",
        measuredRoles: ["advisor"],
        counters: [],
      },
      edits: [],
    });
    const edits: ScenarioEdit[] = [made.edit, { edit: "addCounter", kpi: "aht", counter: made.edit.kpi.key }];
    const preview = await previewScenario(executive, edits);
    expect(preview.cleared.some((f) => f.rule === "F9" && f.id.includes("kpi:aht"))).toBe(true);
    const saved = await createScenario(executive, { name: "Ask how hard it was", edits });
    expect(saved.edits).toEqual(edits);
  });

  it("refuses a new KPI named like one the model has, naming the field and the name", async () => {
    const duplicate: ScenarioEdit = {
      edit: "addKpi",
      kpi: {
        key: "handle-time",
        name: "average handle time",
        direction: "lower",
        department: "contact",
        payLinked: false,
        horizon: "short",
        category: "operational",
      },
    };
    const refused = await refusal(createScenario(executive, { name: "Twice", edits: [duplicate] }));
    expect([refused.status, refused.field]).toEqual([400, "edits[0].kpi.name"]);
    expect(refused.message).toContain('"average handle time"');
    const previewed = await refusal(previewScenario(executive, [duplicate]));
    expect([previewed.status, previewed.field]).toEqual([400, "edits[0].kpi.name"]);
  });

  it("offers a head only their own departments for a new KPI, and refuses one elsewhere", async () => {
    const choices = await getScenarioChoices(head);
    expect(choices.first.departments.choices.map((d) => d.key)).toEqual(["contact"]);
    expect((await searchScenarioDepartments(head, "")).choices.map((d) => d.key)).toEqual(["contact"]);
    expect((await searchScenarioDepartments(head, "claims")).choices).toEqual([]);
    expect((await getScenarioChoices(viewer)).first.departments).toEqual({ choices: [], more: false });
    const kpi = {
      key: "claims-effort",
      name: "Claims effort",
      direction: "lower",
      department: "claims",
      payLinked: false,
      horizon: "short",
      category: "customer",
    } as const;
    const outside = await refusal(createScenario(head, { name: "Theirs", edits: [{ edit: "addKpi", kpi }] }));
    expect(outside.status).toBe(403);
    expect(outside.message).toContain("A new KPI: Claims effort");
    const mine = await createScenario(head, {
      name: "Ours",
      edits: [
        { edit: "addKpi", kpi: { ...kpi, key: "contact-effort", name: "Contact effort", department: "contact" } },
        { edit: "addCounter", kpi: "aht", counter: "contact-effort" },
      ],
    });
    expect(mine.edits).toHaveLength(2);
  });

  it("keeps another organisation's scenarios out of reach", async () => {
    const theirs = await createScenario(other, { name: "Their plan", edits: pairAht });
    await updateScenario(other, theirs.id, { shared: true });
    for (const attempt of [
      () => getScenario(owner, theirs.id),
      () => previewSavedScenario(owner, theirs.id),
      () => updateScenario(owner, theirs.id, { name: "Ours" }),
      () => deleteScenario(owner, theirs.id),
      () => turnScenarioIntoAction(owner, theirs.id, {}),
      () => applyScenarioToModel(owner, theirs.id),
    ])
      expect((await refusal(attempt())).status).toBe(404);
    expect(await listScenarios(owner)).toEqual([]);
    expect((await exportModel(other)).kpis.find((k) => k.key === "aht")!.payLinked).toBe(true);
  });
});
