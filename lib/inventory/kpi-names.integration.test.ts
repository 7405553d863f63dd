import { beforeEach, expect, it } from "vitest";
import { resolveOrgAccess, type OrgAccess } from "@/lib/access/org-access";
import { importModel } from "@/lib/model/import-model";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { exampleModel } from "@/lib/test-support/example-model";
import { refusal } from "@/lib/test-support/expectations";
import { makeUser } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { createKpi } from "./create-kpi";
import { whileNameFree } from "./kpi-name";
import { updateKpi } from "./update-kpi";

describeOnEachDatabase("KPI names: one KPI per name in an organisation", (use) => {
  let owner: OrgAccess;
  let other: OrgAccess;
  const kpi = {
    name: "Customer effort score",
    direction: "lower" as const,
    department: "contact",
    measuredRoles: [],
    payLinked: false,
    horizon: "short" as const,
    category: "customer" as const,
  };
  // The index's own test (lower(btrim(name))): a simultaneous create of " customer EFFORT score" may be the one that wins.
  const namedLike = (access: OrgAccess, name: string) =>
    use().db.$queryRaw<{ name: string }[]>`
      SELECT "name" FROM "Kpi"
      WHERE "organisationId" = ${access.organisation.id} AND lower(btrim("name")) = lower(btrim(${name}))`;

  beforeEach(async () => {
    const { db } = use();
    const ownerUser = await makeUser(db, "Owner");
    const organisation = await createOrganisation({ db, actor: ownerUser }, { name: "Harbour" });
    owner = await resolveOrgAccess(db, ownerUser, organisation.slug, "model:edit");
    await importModel(owner, exampleModel());
    const otherUser = await makeUser(db, "Other owner");
    const elsewhere = await createOrganisation({ db, actor: otherUser }, { name: "Elsewhere" });
    other = await resolveOrgAccess(db, otherUser, elsewhere.slug, "model:edit");
    await importModel(other, exampleModel());
  });

  it("refuses a new KPI named like one the organisation has, whatever the case and surrounding spaces, at `name`", async () => {
    const error = await refusal(createKpi(owner, { ...kpi, name: "  average HANDLE time " }));
    expect(error.status).toBe(409);
    expect(error.field).toBe("name");
    expect(error.message).toBe(
      "“average HANDLE time” is already a KPI of this organisation (as “Average handle time”).",
    );
    const exact = await refusal(createKpi(owner, { ...kpi, name: "Average handle time" }));
    expect(exact.message).toBe("“Average handle time” is already a KPI of this organisation.");
    expect(await namedLike(owner, "average handle time")).toHaveLength(1);
    // Another organisation's names are its own.
    await createKpi(other, kpi);
    expect((await createKpi(owner, kpi)).key).toBe("customer-effort-score");
  });

  it("refuses renaming a KPI to another's name, and lets a KPI change the case of its own", async () => {
    await createKpi(owner, kpi);
    const error = await refusal(
      updateKpi(owner, "customer-effort-score", { ...kpi, name: "First Contact Resolution" }),
    );
    expect([error.status, error.field]).toEqual([409, "name"]);
    expect(error.message).toContain("“First Contact Resolution” is already a KPI of this organisation");
    // Refused whole: the KPI keeps its name and everything else.
    expect(await namedLike(owner, "customer effort score")).toEqual([{ name: "Customer effort score" }]);
    await updateKpi(owner, "customer-effort-score", { ...kpi, name: "Customer Effort Score" });
    expect(await namedLike(owner, "customer effort score")).toEqual([{ name: "Customer Effort Score" }]);
  });

  it("lets one of two simultaneous KPIs of the same name in; the other is told the name is taken", async () => {
    const results = await Promise.allSettled([
      createKpi(owner, { ...kpi, name: "Customer effort score" }),
      createKpi(owner, { ...kpi, name: " customer EFFORT score" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const lost = results.find((r) => r.status === "rejected")!.reason as { status: number; field: string };
    expect([lost.status, lost.field]).toEqual([409, "name"]);
    expect(await namedLike(owner, "customer effort score")).toHaveLength(1);
  });

  it("is held by the database itself: a write that skips the check is refused, and told as a taken name", async () => {
    const { db } = use();
    const department = await db.department.findFirstOrThrow({
      where: { organisationId: owner.organisation.id, key: "contact" },
    });
    // What a simultaneous request that passed its check before this one committed would write.
    const write = () =>
      db.kpi.create({
        data: {
          organisationId: owner.organisation.id,
          key: "aht-2",
          name: "AVERAGE handle time ",
          departmentId: department.id,
          direction: "lower",
          payLinked: false,
          horizon: "short",
          category: "operational",
        },
      });
    const error = await refusal(whileNameFree(db, owner.organisation.id, "AVERAGE handle time ", write));
    expect([error.status, error.field]).toEqual([409, "name"]);
    expect(await namedLike(owner, "average handle time")).toHaveLength(1);
  });
});
