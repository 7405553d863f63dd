import { expect, it } from "vitest";
import { makeOwnedOrganisation } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { listObstacles } from "@/lib/obstacles/list-obstacles";
import { seedDemoObstacles } from "./seed-demo-obstacles";

describeOnEachDatabase("the demo's obstacle reports", (use) => {
  it("are all listed for taking up, none left waiting in the ballot box", async () => {
    const { db } = use();
    const owner = await makeOwnedOrganisation(db, "Demo Obstacles");
    const organisationId = owner.organisation.id;
    await db.department.create({ data: { organisationId, key: "contact", name: "Contact centre" } });
    await db.stage.createMany({
      data: ["help", "renew", "pay"].map((key, position) => ({ organisationId, key, name: key, position })),
    });
    await seedDemoObstacles(owner);
    expect(await db.obstacleBallot.count({ where: { organisationId } })).toBe(0);
    const listed = (await listObstacles(owner)).triage!;
    expect(listed).toHaveLength(5);
    expect(listed.every((r) => r.status === "open" && r.reporter === null && r.stage !== null)).toBe(true);
    expect(listed.filter((r) => r.department?.name === "Contact centre").map((r) => r.title)).toEqual([
      "Proof of address for every claim",
    ]);
  });
});
