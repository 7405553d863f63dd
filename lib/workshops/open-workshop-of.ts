/** The open workshop a participant's link points at: 404 for no such link, 410 once it has finished. */
import type { Db } from "@/lib/db/types";
import { LinkClosedError } from "@/lib/diagnostic/respond/taking-answers";
import { hashSurveyToken } from "@/lib/diagnostic/survey-token";
import { NotFoundError } from "@/lib/errors";

export async function openWorkshopOf(db: Db, token: string) {
  const workshop = await db.workshop.findUnique({
    where: { tokenHash: hashSurveyToken(token) },
    include: { organisation: { select: { name: true } } },
  });
  if (!workshop) throw new NotFoundError("Workshop");
  if (workshop.status !== "open") throw new LinkClosedError("This workshop has finished. Thank you for taking part.");
  return workshop;
}
