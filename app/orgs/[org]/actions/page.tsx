import { count } from "@/lib/text/plural";
import type { Metadata } from "next";
import Link from "next/link";
import { ActionStatusSelect } from "@/components/actions/action-status-select";
import { findingAnchor } from "@/lib/findings/finding-anchor";
import { listActionItems } from "@/lib/actions/list-action-items";
import { actionProgress } from "@/lib/dashboard/rules/action-progress";
import { orgPage } from "@/lib/access/page-gates";
import { TableScroll } from "@/components/ui/table-scroll";

export const metadata: Metadata = { title: "Action items" };

const STATUS_LABEL = { open: "Open", in_progress: "In progress", done: "Done" } as const;

export default orgPage("organisation:read", async (access, { org }) => {
  const items = await listActionItems(access);
  const progress = actionProgress(
    items.map((i) => ({ ...i, due: i.due ?? undefined, finding: i.finding ?? undefined, owner: i.owner ?? undefined })),
  );
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Action items</h1>
          <p>
            What the organisation committed to change, who owns it and by when. Create one from a finding; its owner,
            owners and executives update it.
          </p>
        </div>
        {items.length > 0 && (
          <a className="button secondary small" href={`/api/orgs/${org}/actions?format=csv`} download>
            Download CSV
          </a>
        )}
      </div>
      <p>
        {count(progress.total, "item")}: {progress.done} done, {progress.inProgress} in progress, {progress.open} open
        {progress.overdue > 0 && (
          <>
            , <span className="overdue">{progress.overdue} overdue</span>
          </>
        )}
        .
      </p>
      {items.length === 0 ? (
        <p className="card muted">No action items yet. Open a finding and turn it into one.</p>
      ) : (
        <TableScroll className="card" label="Action items">
          <table className="stack-on-phone" data-testid="action-items">
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Owner</th>
                <th scope="col">Due</th>
                <th scope="col">Status</th>
                <th scope="col">Addresses</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.key} className={item.overdue ? "overdue-row" : undefined} data-testid="action-item">
                  <th scope="row">{item.title}</th>
                  <td data-label="Owner">{item.owner ?? <span className="muted">no owner</span>}</td>
                  <td data-label="Due">
                    {item.due ? (
                      <span className={item.overdue ? "overdue" : ""}>
                        {item.due}
                        {item.overdue ? " — overdue" : ""}
                      </span>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td data-label="Status">
                    {item.mayUpdate ? <ActionStatusSelect org={org} action={item} /> : STATUS_LABEL[item.status]}
                  </td>
                  <td data-label="Addresses">
                    {item.finding ? (
                      <Link href={`/orgs/${org}/findings#${findingAnchor(item.finding)}`}>
                        {item.finding.split(":")[0]} finding
                      </Link>
                    ) : item.scenario ? (
                      <Link href={`/orgs/${org}/scenarios/${item.scenario.id}`}>Scenario “{item.scenario.name}”</Link>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
});
