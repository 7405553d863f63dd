import type { Metadata } from "next";
import { describeChange } from "@/lib/audit/rules/describe-change";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { orgPage } from "@/lib/access/page-gates";
import { TableScroll } from "@/components/ui/table-scroll";

export const metadata: Metadata = { title: "Audit log" };

export default orgPage("audit:read", async (access) => {
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
        <TableScroll label="Changes, newest first">
          <table className="stack-on-phone">
            <caption className="sr-only">Changes in {access.organisation.name}, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id} data-testid="audit-row">
                  <td className="nowrap">
                    <time dateTime={event.at}>
                      {new Date(event.at).toLocaleString("en-GB", {
                        dateStyle: "medium",
                        timeStyle: "short",
                        timeZone: "UTC",
                      })}{" "}
                      UTC
                    </time>
                  </td>
                  <td data-label="By">{event.actorEmail}</td>
                  <td>{event.summary}</td>
                  <td className="diff">
                    {describeChange(event.before, event.after).map((line) => (
                      <div key={line}>{line}</div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </>
  );
});
