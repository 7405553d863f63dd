import type { Metadata } from "next";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { requireOrgPage } from "@/lib/http/page-access";

export const metadata: Metadata = { title: "Audit log" };

function describeChange(value: unknown): string {
  return value === null || value === undefined ? "" : JSON.stringify(value, null, 1).replace(/\n\s*/g, " ");
}

export default async function AuditPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const access = await requireOrgPage(org, "audit:read", `/orgs/${org}/audit`);
  const events = await listAuditEvents(access, { take: 200 });
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Audit log</h1>
          <p>Who changed what, and when — the latest 200 changes.</p>
        </div>
      </div>
      <section className="card">
        <div className="table-wrap">
          <table>
            <caption className="sr-only">Changes in {access.organisation.name}, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Before → after</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id} data-testid="audit-row">
                  <td><time dateTime={event.at}>{new Date(event.at).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC</time></td>
                  <td>{event.actorEmail}</td>
                  <td>{event.summary}</td>
                  <td className="diff">
                    {event.before ? <div>before: {describeChange(event.before)}</div> : null}
                    {event.after ? <div>after: {describeChange(event.after)}</div> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
