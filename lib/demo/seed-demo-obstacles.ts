/**
 * A few obstacle reports for the demo, across stages, so the customer room shows paperwork piles and the
 * obstacles page has reports to take up: anonymous ones (as through the obstacle link) and one given to the
 * contact centre, which its head can take up. Five, sent last week: a whole batch of the ballot box from a
 * week that is over, so they are all listed.
 */
import type { OrgAccess } from "@/lib/access/org-access";
import { addObstacleReport } from "@/lib/obstacles/add-obstacle-report";
import { emptyObstacleBox } from "@/lib/obstacles/ballot-box/empty-obstacle-box";

const REPORTS = [
  {
    kind: "form",
    stage: "help",
    title: "The paper claim form",
    effect: "Customers print it, sign it and post it, then wait a week before anyone reads their claim.",
  },
  {
    kind: "process",
    stage: "help",
    title: "Proof of address for every claim",
    effect: "Customers who have been with us for years are asked for a utility bill before a claim is looked at.",
    department: "contact",
  },
  {
    kind: "process",
    stage: "renew",
    title: "Cancelling only by phone",
    effect: "Customers who want to leave must call during office hours and wait on hold to be talked out of it.",
  },
  {
    kind: "system",
    stage: "pay",
    title: "Direct debit changes take two cycles",
    effect: "A customer who changes bank is charged twice or misses a payment, and gets a late fee for it.",
  },
  {
    kind: "measure",
    stage: "pay",
    title: "Collections calls on the first day late",
    effect:
      "A customer one day late with a payment hears from collections before anyone asks whether something is wrong.",
  },
] as const;

export async function seedDemoObstacles(access: OrgAccess): Promise<void> {
  const organisationId = access.organisation.id;
  const departments = new Map(
    (await access.db.department.findMany({ where: { organisationId }, select: { key: true, id: true } })).map((d) => [
      d.key,
      d.id,
    ]),
  );
  const lastWeek = new Date(Date.now() - 7 * 86_400_000);
  for (const report of REPORTS) {
    await addObstacleReport(
      access.db,
      {
        organisationId,
        departmentId: "department" in report ? departments.get(report.department) : null,
        at: lastWeek,
      },
      { kind: report.kind, title: report.title, effect: report.effect, stage: report.stage },
    );
  }
  // Anonymous, so they wait in the ballot box until their week is over and a batch is there: the demo's
  // were sent last week, and are five.
  await emptyObstacleBox(access.db, organisationId);
}
