/**
 * Empathy workshops (DESIGN §5), run by a consultant: open one (a shared link, shown once), read the
 * moments as they come in — how many of the best and worst moments the organisation itself creates — and
 * turn a moment into a customer story (source: workshop, the name a pseudonym).
 */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { newSurveyToken } from "@/lib/diagnostic/survey-token";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { createStory } from "@/lib/stories/manage-stories";

export type WorkshopMomentView = { id: string; moment: "best" | "worst"; story: string; why: string; weCreateIt: "yes" | "sometimes" | "no" | "not_sure"; storyKey: string | null };
export type WorkshopView = {
  id: string;
  name: string;
  status: "open" | "closed";
  moments: WorkshopMomentView[];
  /** Of the moments given, how many participants say the organisation creates such moments itself. */
  weCreate: Record<"best" | "worst", Record<WorkshopMomentView["weCreateIt"], number>>;
};

export async function openWorkshop(access: OrgAccess, name: string): Promise<{ id: string; token: string }> {
  assertCan(access, "workshops:run");
  const trimmed = name.trim();
  if (trimmed.length < 2 || trimmed.length > 120) throw new ValidationError("name", "Give the workshop a name (2 to 120 characters).");
  const { token, tokenHash } = newSurveyToken();
  return access.db.$transaction(async (tx) => {
    const workshop = await tx.workshop.create({ data: { organisationId: access.organisation.id, name: trimmed, tokenHash } });
    await recordAuditEvent(tx, access.organisation.id, access.actor, { action: "workshop.opened", subjectType: "workshop", subjectId: workshop.id, summary: `Opened the empathy workshop “${trimmed}”` });
    return { id: workshop.id, token };
  });
}

async function workshopOf(access: OrgAccess, workshopId: string) {
  const workshop = await access.db.workshop.findFirst({ where: { id: workshopId, organisationId: access.organisation.id } });
  if (!workshop) throw new NotFoundError("Workshop");
  return workshop;
}

export async function closeWorkshop(access: OrgAccess, workshopId: string): Promise<void> {
  assertCan(access, "workshops:run");
  const workshop = await workshopOf(access, workshopId);
  await access.db.$transaction(async (tx) => {
    // Closed only if still open, in the same statement: of two simultaneous closes one gets 409.
    const closed = await tx.workshop.updateMany({ where: { id: workshop.id, status: "open" }, data: { status: "closed" } });
    if (closed.count !== 1) throw new ConflictError("The workshop is already closed.");
    await recordAuditEvent(tx, access.organisation.id, access.actor, { action: "workshop.closed", subjectType: "workshop", subjectId: workshop.id, summary: `Closed the empathy workshop “${workshop.name}”` });
  });
}

export async function listWorkshops(access: OrgAccess): Promise<WorkshopView[]> {
  assertCan(access, "organisation:read");
  const workshops = await access.db.workshop.findMany({
    where: { organisationId: access.organisation.id },
    orderBy: { createdAt: "desc" },
    // Sorted by content, so the order says nothing about who wrote what, or when.
    include: { entries: { orderBy: [{ moment: "asc" }, { story: "asc" }] } },
  });
  return workshops.map((w) => {
    const tally = () => ({ yes: 0, sometimes: 0, no: 0, not_sure: 0 });
    const weCreate = { best: tally(), worst: tally() };
    for (const e of w.entries) weCreate[e.moment][e.weCreateIt]++;
    return { id: w.id, name: w.name, status: w.status, moments: w.entries.map((e) => ({ id: e.id, moment: e.moment, story: e.story, why: e.why, weCreateIt: e.weCreateIt, storyKey: e.storyKey })), weCreate };
  });
}

/** Turns a remembered moment into a customer story (a pseudonymous "workshop participant"), once. */
export async function turnMomentIntoStory(access: OrgAccess, workshopId: string, momentId: string): Promise<{ key: string }> {
  assertCan(access, "workshops:run");
  await workshopOf(access, workshopId);
  const moment = await access.db.workshopEntry.findFirst({ where: { id: momentId, workshopId } });
  if (!moment) throw new NotFoundError("Moment");
  // Claimed first, so two clicks at once make one story, not two.
  const claimed = await access.db.workshopEntry.updateMany({ where: { id: moment.id, storyKey: null }, data: { storyKey: "" } });
  if (claimed.count !== 1) throw new ConflictError("This moment is already a story.");
  let key: string;
  try {
    ({ key } = await createStory(access, {
      customer: `Workshop participant (${moment.moment} experience)`,
      pseudonym: true,
      narrative: `${moment.story} What made it ${moment.moment === "best" ? "good" : "bad"}: ${moment.why}`,
      stage: null,
      roles: [],
      sentiment: moment.moment === "best" ? "positive" : "negative",
      source: "workshop",
      photo: null,
    }));
  } catch (error) {
    await access.db.workshopEntry.update({ where: { id: moment.id }, data: { storyKey: null } });
    throw error;
  }
  await access.db.workshopEntry.update({ where: { id: moment.id }, data: { storyKey: key } });
  return { key };
}
