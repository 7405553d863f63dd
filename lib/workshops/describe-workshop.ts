/** What the participant's page shows of a workshop: its name and the organisation's. */
import type { Db } from "@/lib/db/types";
import { openWorkshopOf } from "./open-workshop-of";

export async function describeWorkshop(db: Db, token: string): Promise<{ name: string; organisation: string }> {
  const workshop = await openWorkshopOf(db, token);
  return { name: workshop.name, organisation: workshop.organisation.name };
}
