import { expect, it } from "vitest";
import { applyModelEdit } from "@/lib/model/edits/apply-model-edit";
import { importModel } from "@/lib/model/import-model";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { resolveOrgAccess } from "@/lib/access/org-access";
import { exampleModel } from "@/lib/test-support/example-model";
import { makeUser } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { setInfluence } from "@/lib/inventory/set-influence";
import { readModel } from "@/lib/model/export-model";
import type { OrgAccess } from "@/lib/access/org-access";
import { analyzeModel } from "./rules/analyze-model";
import { getOrganisationAnalysis } from "./get-organisation-analysis";

/** What reading the model again gives: the analysis kept must always equal it. */
async function readAgain(access: OrgAccess) {
  const model = await readModel(access.db, access.organisation.id, access.organisation.name);
  return plain({ model, analysis: analyzeModel(model) });
}

/** As a page receives it (findings write their explanations on first read, so compare what they write). */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describeOnEachDatabase("the organisation's analysis", (use) => {
  /** A consultant's access to a new organisation holding the example model. */
  async function exampleOrganisation(name: string): Promise<OrgAccess> {
    const { db } = use();
    const user = await makeUser(db, "Consultant");
    const organisation = await createOrganisation({ db, actor: user }, { name });
    const access = await resolveOrgAccess(db, user, organisation.slug, "model:edit");
    await importModel(access, exampleModel());
    return access;
  }

  it("is reused while the model is unchanged, and recomputed as soon as a change is recorded", async () => {
    const access = await exampleOrganisation("Cached Co");
    const first = await getOrganisationAnalysis(access);
    expect(await getOrganisationAnalysis(access)).toBe(first);
    // Counters and KPI links come back from the database into the analysis (F9 and F12 of the example).
    expect(first.analysis.findings.filter((f) => ["F9", "F12"].includes(f.rule)).map((f) => f.id)).toEqual([
      "F9:kpi:aht",
      "F12:kpi:cost-per-claim|kpi:fcr|behaviour:resolve",
    ]);
    await applyModelEdit(access, { op: "addObjective", name: "Retain 5% more customers" });
    const after = await getOrganisationAnalysis(access);
    expect(after).not.toBe(first);
    expect(after.model.objectives.map((o) => o.name)).toContain("Retain 5% more customers");
  });

  it("after an influence set in the matrix, moves on to the changed model without reading it again", async () => {
    const access = await exampleOrganisation("Matrix Co");
    const { db, organisation } = access;
    await getOrganisationAnalysis(access);
    // Behind the app's back (no audit event, as a database administrator might): a model read again would show
    // it, so the analysis that follows the edits proves that the model was not read again.
    await db.$executeRaw`UPDATE "Process" SET "name" = 'Renamed behind the app' WHERE "organisationId" = ${organisation.id}`;

    const edits = [
      // A new influence, a changed one (its rationale kept), a strength alone, and one removed.
      {
        source: "system:crm",
        behaviour: "welcome",
        effect: "obstructs",
        strength: 3,
        why: "The CRM hides the welcome call",
      },
      { source: "kpi:aht", behaviour: "resolve", effect: "supports" },
      { source: "kpi:fcr", behaviour: "resolve", effect: "supports", strength: 1 },
      { source: "kpi:cost-per-claim", behaviour: "callback", effect: "none" },
      { source: "process:claim-triage", behaviour: "resolve", effect: "none" },
    ] as const;
    for (const edit of edits) {
      await setInfluence(access, edit);
      const carried = await getOrganisationAnalysis(access);
      expect(carried.model.processes.map((p) => p.name)).not.toContain("Renamed behind the app");
      const again = await readAgain(access);
      const renamed = { ...again.model, processes: carried.model.processes };
      expect(plain(carried)).toEqual(plain({ model: renamed, analysis: analyzeModel(renamed) }));
    }
    const aht = (await getOrganisationAnalysis(access)).model.influences.find(
      (i) => i.from === "kpi:aht" && i.to === "resolve",
    );
    expect(aht).toEqual({
      from: "kpi:aht",
      to: "resolve",
      effect: "supports",
      strength: 3,
      why: "Long calls break the handle-time target that sets the bonus",
    });
  });

  it("reads the model again when any other change was recorded before the influence was set", async () => {
    const access = await exampleOrganisation("Busy Co");
    await getOrganisationAnalysis(access);
    // Nobody looks between these two changes: carrying the kept model forward would lose the objective.
    await applyModelEdit(access, { op: "addObjective", name: "Retain 5% more customers" });
    await setInfluence(access, { source: "system:crm", behaviour: "welcome", effect: "supports" });
    const after = await getOrganisationAnalysis(access);
    expect(after.model.objectives.map((o) => o.name)).toContain("Retain 5% more customers");
    expect(plain(after)).toEqual(await readAgain(access));
  });

  it("ends equal to the model read again after influences set at the same moment", async () => {
    const access = await exampleOrganisation("Crowded Co");
    await getOrganisationAnalysis(access);
    const sources = [
      "kpi:aht",
      "kpi:fcr",
      "kpi:cost-per-claim",
      "kpi:invoices-per-hour",
      "process:claim-triage",
      "system:crm",
    ];
    await Promise.all(
      sources.map((source, n) =>
        setInfluence(access, { source, behaviour: "welcome", effect: n % 2 ? "supports" : "obstructs", strength: 2 }),
      ),
    );
    const after = await getOrganisationAnalysis(access);
    expect(after.model.influences.filter((i) => i.to === "welcome")).toHaveLength(sources.length);
    expect(plain(after)).toEqual(await readAgain(access));
  });
});
