import { beforeEach, expect, it } from "vitest";
import { resolveOrgAccess, type OrgAccess } from "@/lib/access/org-access";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/http/parse-input";
import { getLexicon } from "@/lib/language/get-lexicon";
import { refusal } from "@/lib/test-support/expectations";
import { joinOrganisation, makeOwnedOrganisation, makeUser } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { createOrganisation } from "./create-organisation";
import { getIndustry } from "./get-industry";
import { createOrganisationInput, industryInput } from "./input";
import { setIndustry } from "./set-industry";

describeOnEachDatabase("an organisation's industry", (use) => {
  let owner: OrgAccess;

  beforeEach(async () => {
    owner = await makeOwnedOrganisation(use().db, "Plain Co");
  });

  async function organisationOf(industry: string) {
    const user = await makeUser(use().db, "Consultant");
    const input = parseInput(createOrganisationInput, { name: `Client ${industry}`, industry });
    const organisation = await createOrganisation({ db: use().db, actor: user }, input);
    return resolveOrgAccess(use().db, user, organisation.slug, "organisation:read");
  }

  it("is chosen when the organisation is created, and says so in the audit log; left out, it is general", async () => {
    const telecom = await organisationOf("telecom");
    expect(await getIndustry(telecom)).toBe("telecom");
    const created = await use().db.auditEvent.findFirstOrThrow({
      where: { organisationId: telecom.organisation.id, action: "organisation.created" },
    });
    expect(created.summary).toBe("Created organisation “Client telecom” (telecoms)");
    expect(created.after).toMatchObject({ industry: "telecom" });
    expect(await getIndustry(owner)).toBe("general");
  });

  it("gives an unedited lexicon the industry's words: telecom's churn and ARPU, no claimant outside insurance", async () => {
    const terms = async (access: OrgAccess) => (await getLexicon(access)).map((e) => e.term);
    const telecom = await terms(await organisationOf("telecom"));
    expect(telecom).toEqual(expect.arrayContaining(["churn", "ARPU", "subscribers", "contacts"]));
    expect(telecom.join(" ")).not.toMatch(/claimant/i);
    expect(await terms(await organisationOf("insurance"))).toEqual(expect.arrayContaining(["the claimant", "FNOL"]));
    expect(await terms(await organisationOf("public_service"))).toEqual(expect.arrayContaining(["service users"]));
    const general = await terms(owner);
    expect(general).toEqual(expect.arrayContaining(["end users", "contacts"]));
    expect(general.join(" ")).not.toMatch(/claimant|churn|footfall/i);
  });

  it("is changed by an owner, audited, and an unedited lexicon follows it", async () => {
    expect(await setIndustry(owner, parseInput(industryInput, { industry: "retail" }))).toEqual({ industry: "retail" });
    expect(await getIndustry(owner)).toBe("retail");
    expect((await getLexicon(owner)).map((e) => e.term)).toContain("footfall");
    const event = await use().db.auditEvent.findFirstOrThrow({
      where: { organisationId: owner.organisation.id, action: "organisation.industry" },
    });
    expect(event.summary).toBe("Industry changed from general to retail");
    expect(event.before).toEqual({ industry: "general" });
    expect(event.after).toEqual({ industry: "retail" });
  });

  it("refuses an industry it has no templates for, naming the field and the value", () => {
    for (const industry of ["Telecom", "banking", "", 3, null]) {
      let caught: unknown;
      try {
        parseInput(industryInput, { industry });
      } catch (error) {
        caught = error;
      }
      expect(caught, String(industry)).toBeInstanceOf(ValidationError);
      expect((caught as ValidationError).field).toBe("industry");
      expect((caught as ValidationError).message).toContain(JSON.stringify(industry));
    }
    expect(() => parseInput(createOrganisationInput, { name: "Bank Co", industry: "banking" })).toThrow(
      ValidationError,
    );
  });

  it("cannot be changed by an executive, a department head or a viewer, nor by someone outside", async () => {
    const department = await use().db.department.create({
      data: { organisationId: owner.organisation.id, key: "sales", name: "Sales" },
    });
    for (const role of ["executive", "department_head", "viewer"] as const) {
      const user = await makeUser(use().db, role);
      await joinOrganisation(owner, user, role, role === "department_head" ? [department.id] : []);
      expect(
        await refusal(resolveOrgAccess(use().db, user, owner.organisation.slug, "organisation:update")),
      ).toBeInstanceOf(ForbiddenError);
      const access = await resolveOrgAccess(use().db, user, owner.organisation.slug, "organisation:read");
      expect(await refusal(setIndustry(access, { industry: "telecom" }))).toBeInstanceOf(ForbiddenError);
    }
    // The owner of another organisation does not learn this one exists.
    const other = await makeOwnedOrganisation(use().db, "Other Co");
    expect(
      await refusal(resolveOrgAccess(use().db, other.actor, owner.organisation.slug, "organisation:update")),
    ).toBeInstanceOf(NotFoundError);
    expect(await getIndustry(owner)).toBe("general");
  });
});
