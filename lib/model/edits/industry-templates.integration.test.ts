import { expect, it } from "vitest";
import { resolveOrgAccess, type OrgAccess } from "@/lib/access/org-access";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/http/parse-input";
import { getLexicon } from "@/lib/language/get-lexicon";
import { industryLexicon } from "@/lib/language/rules/industry-lexicons";
import { modelEditInput } from "@/lib/model/input";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { setIndustry } from "@/lib/organisations/set-industry";
import { INDUSTRIES, type Industry, STAGE_TEMPLATES } from "@/lib/setup/rules/industries";
import { refusal } from "@/lib/test-support/expectations";
import { joinOrganisation, makeUser } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { applyModelEdit } from "./apply-model-edit";

describeOnEachDatabase("industry templates in the set-up edits", (use) => {
  async function organisation(industry: Industry): Promise<OrgAccess> {
    const owner = await makeUser(use().db, "Consultant");
    const created = await createOrganisation(
      { db: use().db, actor: owner },
      { name: `A ${industry} client`, industry },
    );
    return resolveOrgAccess(use().db, owner, created.slug, "model:edit");
  }
  const stagesOf = async (access: OrgAccess) =>
    (
      await use().db.stage.findMany({ where: { organisationId: access.organisation.id }, orderBy: { position: "asc" } })
    ).map((s) => s.name);
  const termsOf = async (access: OrgAccess) =>
    (await use().db.lexiconTerm.findMany({ where: { organisationId: access.organisation.id } })).map((t) => t.term);

  it("creates exactly the stages of each industry's template, the organisation's own when none is named", async () => {
    for (const industry of INDUSTRIES) {
      const access = await organisation(industry);
      await applyModelEdit(access, { op: "applyStageTemplate" });
      expect(await stagesOf(access), industry).toEqual([...STAGE_TEMPLATES[industry]]);
    }
    // A consultant may pick another industry's template; the audit log says which.
    const access = await organisation("retail");
    await applyModelEdit(access, { op: "applyStageTemplate", industry: "telecom" });
    expect(await stagesOf(access)).toEqual([...STAGE_TEMPLATES.telecom]);
    const event = await use().db.auditEvent.findFirstOrThrow({
      where: { organisationId: access.organisation.id, action: "model.applyStageTemplate" },
    });
    expect(event.summary).toBe(
      "Set up the lifecycle stages from the telecoms template (Choose a plan, Sign up, Get connected, Use the service, Get help, Pay the bill, Upgrade or leave)",
    );
    expect(event.after).toMatchObject({ template: "telecom" });
    // Once there are stages, a template is refused and nothing is added.
    expect(await refusal(applyModelEdit(access, { op: "applyStageTemplate", industry: "software" }))).toBeInstanceOf(
      ConflictError,
    );
    expect(await stagesOf(access)).toEqual([...STAGE_TEMPLATES.telecom]);
  });

  it("refuses a template it does not have, naming the field and the value", () => {
    const error = (() => {
      try {
        parseInput(modelEditInput, { op: "applyStageTemplate", industry: "banking" });
      } catch (caught) {
        return caught;
      }
    })() as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.field).toBe("industry");
    expect(error.message).toContain('"banking"');
  });

  it("seeds the lexicon with the industry's words on the first edit, which a later change of industry keeps", async () => {
    const telecom = await organisation("telecom");
    await applyModelEdit(telecom, { op: "addLexiconTerm", term: "lines", plainer: "customers" });
    const stored = await termsOf(telecom);
    expect(stored.sort()).toEqual([...industryLexicon("telecom").map((e) => e.term), "lines"].sort());
    expect(stored.join(" ")).not.toMatch(/claimant/i);

    await setIndustry(
      await resolveOrgAccess(use().db, telecom.actor, telecom.organisation.slug, "organisation:update"),
      {
        industry: "insurance",
      },
    );
    expect((await getLexicon(telecom)).map((e) => e.term).sort()).toEqual(stored.sort());

    for (const industry of ["utilities", "public_service"] as const) {
      const access = await organisation(industry);
      await applyModelEdit(access, { op: "removeLexiconTerm", term: "contacts" });
      expect((await termsOf(access)).sort(), industry).toEqual(
        industryLexicon(industry)
          .map((e) => e.term)
          .filter((t) => t !== "contacts")
          .sort(),
      );
    }
  });

  it("adds another industry's words it lacks, once, and says which in the audit log", async () => {
    const telecom = await organisation("telecom");
    await applyModelEdit(telecom, { op: "addLexiconWords", industry: "software" });
    const terms = await termsOf(telecom);
    expect(terms).toEqual(expect.arrayContaining(["ARPU", "tickets", "seats", "logos"]));
    // "churn" is in both lexicons: still once.
    expect(terms.filter((t) => t === "churn")).toHaveLength(1);
    const event = await use().db.auditEvent.findFirstOrThrow({
      where: { organisationId: telecom.organisation.id, action: "model.addLexiconWords" },
    });
    expect(event.summary).toMatch(/^Added 6 words from the software lexicon to the language lexicon: “users”, “seats”/);
    expect(event.after).toMatchObject({ template: "software" });
    const again = await refusal(applyModelEdit(telecom, { op: "addLexiconWords", industry: "software" }));
    expect([again.status, again.field]).toEqual([409, "industry"]);
    expect((await termsOf(telecom)).length).toBe(terms.length);
  });

  it("lets no executive, department head or viewer apply a template or load words, and hides it from outsiders", async () => {
    const owner = await organisation("telecom");
    const department = await use().db.department.create({
      data: { organisationId: owner.organisation.id, key: "care", name: "Care" },
    });
    for (const role of ["executive", "department_head", "viewer"] as const) {
      const user = await makeUser(use().db, role);
      await joinOrganisation(owner, user, role, role === "department_head" ? [department.id] : []);
      const access = await resolveOrgAccess(use().db, user, owner.organisation.slug, "organisation:read");
      expect(await refusal(applyModelEdit(access, { op: "applyStageTemplate" }))).toBeInstanceOf(ForbiddenError);
      expect(await refusal(applyModelEdit(access, { op: "addLexiconWords", industry: "retail" }))).toBeInstanceOf(
        ForbiddenError,
      );
    }
    const outsider = await organisation("retail");
    expect(
      await refusal(resolveOrgAccess(use().db, outsider.actor, owner.organisation.slug, "model:edit")),
    ).toBeInstanceOf(NotFoundError);
    expect(await stagesOf(owner)).toEqual([]);
    expect(await termsOf(owner)).toEqual([]);
  });
});
