import { expect, it } from "vitest";
import { applyModelEdit } from "@/lib/model/edits/apply-model-edit";
import { importModel } from "@/lib/model/import-model";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { resolveOrgAccess } from "@/lib/access/org-access";
import { exampleModel } from "@/lib/test-support/example-model";
import { makeUser } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { getOrganisationAnalysis } from "./get-organisation-analysis";

describeOnEachDatabase("the organisation's analysis", (use) => {
  it("is reused while the model is unchanged, and recomputed as soon as a change is recorded", async () => {
    const { db } = use();
    const user = await makeUser(db, "Consultant");
    const organisation = await createOrganisation({ db, actor: user }, { name: "Cached Co" });
    const access = await resolveOrgAccess(db, user, organisation.slug, "model:edit");
    await importModel(access, exampleModel());
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
});
