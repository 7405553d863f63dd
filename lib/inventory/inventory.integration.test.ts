import { beforeEach, expect, it } from "vitest";
import { getReviewedFindings } from "@/lib/findings/get-reviewed-findings";
import { createActionItem } from "@/lib/findings/create-action-item";
import { reviewFinding } from "@/lib/findings/review-finding";
import { exportModel } from "@/lib/model/export-model";
import { importModel } from "@/lib/model/import-model";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { resolveOrgAccess, type OrgAccess } from "@/lib/access/org-access";
import { exampleModel } from "@/lib/test-support/example-model";
import { refusal } from "@/lib/test-support/expectations";
import { joinOrganisation, makeUser } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { createKpi } from "./create-kpi";
import { updateKpi } from "./update-kpi";
import { createProcess } from "./create-process";
import { createSystem } from "./create-system";
import { setInfluence } from "./set-influence";

const example = exampleModel();

describeOnEachDatabase("KPIs, influences and finding reviews", (use) => {
  let owner: OrgAccess;
  let head: OrgAccess;
  let executive: OrgAccess;
  const kpi = {
    name: "Calls per hour",
    direction: "higher" as const,
    department: "contact",
    measuredRoles: ["advisor"],
    payLinked: true,
    horizon: "short" as const,
    category: "operational" as const,
  };

  beforeEach(async () => {
    const { db } = use();
    const ownerUser = await makeUser(db, "Owner");
    const organisation = await createOrganisation({ db, actor: ownerUser }, { name: "Harbour" });
    owner = await resolveOrgAccess(db, ownerUser, organisation.slug, "model:edit");
    await importModel(owner, example);
    const contact = await db.department.findFirstOrThrow({
      where: { organisationId: organisation.id, key: "contact" },
    });
    const headUser = await makeUser(db, "Head");
    await joinOrganisation(owner, headUser, "department_head", [contact.id]);
    head = await resolveOrgAccess(db, headUser, organisation.slug, "organisation:read");
    const execUser = await makeUser(db, "Exec");
    await joinOrganisation(owner, execUser, "executive", []);
    executive = await resolveOrgAccess(db, execUser, organisation.slug, "organisation:read");
  });

  it("lets a department head add and map their own department's KPI, which raises a critical F1, and refuses other departments", async () => {
    const { key } = await createKpi(head, kpi);
    await setInfluence(head, {
      source: `kpi:${key}`,
      behaviour: "resolve",
      effect: "obstructs",
      strength: 3,
      why: "Long calls cut the hourly count",
    });
    const { reviewed } = await getReviewedFindings(owner);
    const f1 = reviewed.find((r) => r.finding.rule === "F1" && r.finding.subjects[0]!.key === key)!;
    expect(f1.finding.severity).toBe("critical");
    expect((await exportModel(owner)).kpis.find((k) => k.key === key)).toMatchObject({
      name: "Calls per hour",
      payLinked: true,
      measuredRoles: ["advisor"],
    });

    expect((await refusal(createKpi(head, { ...kpi, department: "claims" }))).status).toBe(403);
    expect((await refusal(updateKpi(head, "cost-per-claim", { ...kpi, department: "contact" }))).status).toBe(403);
    expect(
      (
        await refusal(
          setInfluence(head, { source: "kpi:cost-per-claim", behaviour: "callback", effect: "none", strength: 2 }),
        )
      ).status,
    ).toBe(403);
    expect((await refusal(createProcess(head, { name: "Claim audit", department: "claims" }))).status).toBe(403);
    expect((await refusal(createSystem(head, { name: "Telephony" }))).status).toBe(403);
    expect((await createSystem(owner, { name: "Telephony", trainedShare: 0.5 })).key).toBe("telephony");
  });

  it("keeps an influence's rationale and strength when its effect changes without new ones, and replaces them when sent", async () => {
    const { db } = use();
    const { key } = await createKpi(head, kpi);
    const stored = () =>
      db.influence.findFirstOrThrow({
        where: { organisationId: owner.organisation.id, kpi: { key }, behaviour: { key: "resolve" } },
        select: { effect: true, strength: true, why: true },
      });
    const source = `kpi:${key}`;
    await setInfluence(head, { source, behaviour: "resolve", effect: "supports", strength: 2, why: "Resolving fast" });
    await setInfluence(head, { source, behaviour: "resolve", effect: "obstructs" });
    expect(await stored()).toEqual({ effect: "obstructs", strength: 2, why: "Resolving fast" });
    await setInfluence(head, {
      source,
      behaviour: "resolve",
      effect: "obstructs",
      strength: 3,
      why: "Long calls count",
    });
    expect(await stored()).toEqual({ effect: "obstructs", strength: 3, why: "Long calls count" });
    await setInfluence(head, { source, behaviour: "resolve", effect: "obstructs" });
    expect(await stored()).toEqual({ effect: "obstructs", strength: 3, why: "Long calls count" });
    const { reviewed } = await getReviewedFindings(owner);
    const f1 = reviewed.find((r) => r.finding.rule === "F1" && r.finding.subjects[0]!.key === key)!;
    expect(f1.finding.explanation).toContain("Why: Long calls count.");
    // The audit log speaks of the behaviour in its words, not by its key.
    const audit = await db.auditEvent.findFirst({
      where: { organisationId: owner.organisation.id, action: "influence.set" },
      orderBy: { at: "desc" },
    });
    expect(audit?.summary).toMatch(/^Calls per hour obstructs “.+” \(strength 3\)$/);
    expect(audit?.summary).not.toContain("“resolve”");
  });

  it("dismisses a finding with a reason; it stays dismissed while its subjects are unchanged and comes back when the KPI changes", async () => {
    const { key } = await createKpi(head, kpi);
    await setInfluence(head, { source: `kpi:${key}`, behaviour: "resolve", effect: "obstructs", strength: 3 });
    const find = async () =>
      (await getReviewedFindings(owner)).reviewed.find(
        (r) => r.finding.rule === "F1" && r.finding.subjects[0]!.key === key,
      )!;
    const findingId = (await find()).finding.id;

    expect((await refusal(reviewFinding(head, { findingId, state: "dismissed", reason: "Not my call" }))).status).toBe(
      403,
    );
    await reviewFinding(executive, { findingId, state: "dismissed", reason: "Being replaced next quarter" });
    expect(await find()).toMatchObject({
      hidden: true,
      review: { state: "dismissed", reason: "Being replaced next quarter", stale: false },
    });

    // An unrelated change leaves it dismissed…
    await setInfluence(owner, {
      source: "kpi:invoices-per-hour",
      behaviour: "plain-invoice",
      effect: "supports",
      strength: 1,
    });
    expect((await find()).hidden).toBe(true);
    // …a change to the KPI brings it back, marked as changed since.
    await updateKpi(head, key, { ...kpi, name: "Calls handled per hour" });
    expect(await find()).toMatchObject({ hidden: false, review: { state: "dismissed", stale: true } });

    const { db } = use();
    const audit = await db.auditEvent.findFirst({
      where: { organisationId: owner.organisation.id, action: "finding.dismissed" },
    });
    expect(audit?.summary).toContain("Being replaced next quarter");
  });

  it("turns a finding into an action item owned by a member, and refuses an outsider as owner", async () => {
    const findingId = (await getReviewedFindings(owner)).reviewed.find((r) => r.finding.rule === "F1")!.finding.id;
    const { key } = await createActionItem(executive, {
      findingId,
      title: "Take AHT out of the bonus",
      owner: executive.actor.email,
      due: "2027-01-31",
    });
    const withAction = (await getReviewedFindings(owner)).reviewed.find((r) => r.finding.id === findingId)!;
    expect(withAction.actions).toEqual([
      { key, title: "Take AHT out of the bonus", owner: executive.actor.email, due: "2027-01-31", status: "open" },
    ]);
    const outsider = await refusal(
      createActionItem(executive, {
        findingId,
        title: "Someone else",
        owner: "nobody@example.test",
        due: "2027-01-31",
      }),
    );
    expect([outsider.status, outsider.field]).toEqual([400, "owner"]);
  });
});
