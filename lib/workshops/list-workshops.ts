/**
 * The organisation's empathy workshops (DESIGN §5) with their moments as they come in, and how many of
 * the best and worst moments participants say the organisation itself creates.
 */
import { assertCan, type OrgAccess } from "@/lib/access/org-access";

export type WorkshopMomentView = {
  id: string;
  moment: "best" | "worst";
  story: string;
  why: string;
  weCreateIt: "yes" | "sometimes" | "no" | "not_sure";
  storyKey: string | null;
};

export type WorkshopView = {
  id: string;
  name: string;
  status: "open" | "closed";
  moments: WorkshopMomentView[];
  /** Of the moments given, how many participants say the organisation creates such moments itself. */
  weCreate: Record<"best" | "worst", Record<WorkshopMomentView["weCreateIt"], number>>;
};

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
    return {
      id: w.id,
      name: w.name,
      status: w.status,
      moments: w.entries.map((e) => ({
        id: e.id,
        moment: e.moment,
        story: e.story,
        why: e.why,
        weCreateIt: e.weCreateIt,
        storyKey: e.storyKey,
      })),
      weCreate,
    };
  });
}
