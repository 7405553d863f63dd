/**
 * The participant's side of an empathy workshop (no sign-in): the shared link shows the exercise, and
 * each submission adds the moments it holds — with no name, link or time kept beside them.
 */
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/types";
import { LinkClosedError } from "@/lib/diagnostic/respond/respond";
import { hashSurveyToken } from "@/lib/diagnostic/survey-token";
import { NotFoundError } from "@/lib/errors";
import type { WorkshopContribution } from "./workshop-input";

async function openWorkshopOf(db: Db, token: string) {
  const workshop = await db.workshop.findUnique({ where: { tokenHash: hashSurveyToken(token) }, include: { organisation: { select: { name: true } } } });
  if (!workshop) throw new NotFoundError("Workshop");
  if (workshop.status !== "open") throw new LinkClosedError("This workshop has finished. Thank you for taking part.");
  return workshop;
}

export async function describeWorkshop(db: Db, token: string): Promise<{ name: string; organisation: string }> {
  const workshop = await openWorkshopOf(db, token);
  return { name: workshop.name, organisation: workshop.organisation.name };
}

export async function contributeToWorkshop(db: Db, token: string, contribution: WorkshopContribution): Promise<{ added: number }> {
  const workshop = await openWorkshopOf(db, token);
  const entries = (["best", "worst"] as const).flatMap((moment) => {
    const given = contribution[moment];
    return given ? [{ id: randomUUID(), workshopId: workshop.id, moment, story: given.story, why: given.why, weCreateIt: given.weCreateIt }] : [];
  });
  await db.workshopEntry.createMany({ data: entries });
  return { added: entries.length };
}
