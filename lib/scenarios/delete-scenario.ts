/** Removes the author's own scenario; action items made from it stay, without the link. */
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { ownScenario } from "./scenario-record";

export async function deleteScenario(access: OrgAccess, id: string): Promise<void> {
  assertCan(access, "scenarios:draft");
  await access.db.$transaction(async (tx) => {
    const row = await ownScenario(tx, access, id);
    await tx.scenario.delete({ where: { id: row.id } });
  });
}
