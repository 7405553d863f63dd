import type { Metadata } from "next";
import { ExposureWidget } from "@/components/dashboard/exposure-widget";
import { ExposureForm } from "@/components/exposure/exposure-form";
import { can } from "@/lib/access/permissions";
import { getModelDashboard } from "@/lib/dashboard/get-model-dashboard";
import { exposureDepartments } from "@/lib/exposure/list-exposure-departments";
import { listExposures } from "@/lib/exposure/list-exposures";
import { orgPage } from "@/lib/access/page-gates";

export const metadata: Metadata = { title: "Customer exposure" };

const KIND_LABELS = { shift: "customer-facing shift", listening: "listened in", meeting: "met customers" } as const;

export default orgPage("organisation:read", async (access, { org }) => {
  const [dashboard, records, reach] = await Promise.all([
    getModelDashboard(access, { kind: "organisation" }),
    listExposures(access),
    exposureDepartments(access),
  ]);
  // A department head records exposure for their own departments' roles: offer only those.
  const own = reach && new Set(reach);
  const roles = dashboard.roles
    .filter((r) => !own || own.has(r.department))
    .sort((a, b) => a.name.localeCompare(b.name));
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Customer exposure</h1>
          <p>
            People in back-office roles who work a customer-facing shift, listen in on calls or meet customers. The
            target: every role at least once a year.
          </p>
        </div>
      </div>
      <section className="card" aria-labelledby="coverage-heading">
        <h2 id="coverage-heading">The last 12 months</h2>
        <ExposureWidget org={org} exposure={dashboard.exposure} limit={Infinity} />
      </section>
      {can(access.membership.role, "exposure:record") && (
        <section className="card" aria-labelledby="record-heading">
          <h2 id="record-heading">Record exposure</h2>
          <ExposureForm org={org} roles={roles} />
        </section>
      )}
      <section className="card" aria-labelledby="records-heading">
        <h2 id="records-heading">Recorded</h2>
        {records.length === 0 ? (
          <p className="muted">Nothing recorded yet.</p>
        ) : (
          <table data-testid="exposure-records">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Role</th>
                <th scope="col">What</th>
                <th scope="col">People</th>
              </tr>
            </thead>
            <tbody>
              {records.map((r) => (
                <tr key={r.id}>
                  <td>{r.date}</td>
                  <th scope="row">{r.role.name}</th>
                  <td>{KIND_LABELS[r.kind]}</td>
                  <td>{r.people ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
});
