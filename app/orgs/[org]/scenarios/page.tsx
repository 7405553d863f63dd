import type { Metadata } from "next";
import Link from "next/link";
import { TableScroll } from "@/components/ui/table-scroll";
import { orgPage } from "@/lib/access/page-gates";
import { can } from "@/lib/access/permissions";
import { listScenarios } from "@/lib/scenarios/list-scenarios";

export const metadata: Metadata = { title: "Scenarios" };

export default orgPage("organisation:read", async (access, { org }) => {
  const scenarios = await listScenarios(access);
  const mayDraft = can(access.membership.role, "scenarios:draft");
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Scenarios</h1>
          <p>
            Changes to the model tried before they are made: which findings they would clear and which would appear.
            Yours, and those others shared with members.
          </p>
        </div>
        {mayDraft && (
          <Link className="button" href={`/orgs/${org}/scenarios/new`}>
            Try a change
          </Link>
        )}
      </div>
      {scenarios.length === 0 ? (
        <p className="card muted">
          No scenarios yet.{mayDraft ? " Try a change from here, from a KPI's page or from the system view." : ""}
        </p>
      ) : (
        <TableScroll className="card" label="Scenarios">
          <table className="stack-on-phone" data-testid="scenarios">
            <thead>
              <tr>
                <th scope="col">Scenario</th>
                <th scope="col">Author</th>
                <th scope="col">Shared</th>
                <th scope="col">Would clear</th>
                <th scope="col">Would appear</th>
              </tr>
            </thead>
            <tbody>
              {scenarios.map((s) => (
                <tr key={s.id}>
                  <td data-label="Scenario">
                    <Link href={`/orgs/${org}/scenarios/${s.id}`}>{s.name}</Link>
                    {s.appliedAt && <span className="muted"> · applied</span>}
                  </td>
                  <td data-label="Author">{s.mine ? "You" : s.author}</td>
                  <td data-label="Shared">{s.shared ? "With members" : "Only the author"}</td>
                  <td data-label="Would clear">{s.appliedAt ? "Applied" : (s.cleared ?? "No longer fits")}</td>
                  <td data-label="Would appear">{s.appliedAt ? "Applied" : (s.appeared ?? "No longer fits")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
});
