import { assertCan, type OrgAccess } from "@/lib/access/org-access";

export type AuditEventView = {
  id: string;
  at: string;
  actorEmail: string;
  action: string;
  summary: string;
  before: unknown;
  after: unknown;
};

export async function listAuditEvents(
  access: OrgAccess,
  options: { take?: number; before?: string } = {},
): Promise<AuditEventView[]> {
  assertCan(access, "audit:read");
  const events = await access.db.auditEvent.findMany({
    where: {
      organisationId: access.organisation.id,
      ...(options.before ? { at: { lt: new Date(options.before) } } : {}),
    },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: Math.min(options.take ?? 100, 500),
  });
  return events.map((event) => ({
    id: event.id,
    at: event.at.toISOString(),
    actorEmail: event.actorEmail,
    action: event.action,
    summary: event.summary,
    before: event.before,
    after: event.after,
  }));
}
