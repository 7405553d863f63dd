import { ReadingsCsvImport } from "@/components/kpis/readings-csv-import";
import type { Metadata } from "next";
import Link from "next/link";
import { AddProcessForm, AddSystemForm } from "@/components/inventory/add-named-item-form";
import { InventoryItemActions } from "@/components/inventory/inventory-item-actions";
import { KpiForm } from "@/components/inventory/kpi-form";
import { orgPage } from "@/lib/access/page-gates";
import { getInventory } from "@/lib/inventory/get-inventory";
import { TableScroll } from "@/components/ui/table-scroll";
import { count } from "@/lib/text/plural";

export const metadata: Metadata = { title: "Inventory" };

const DIRECTION = { higher: "higher is better", lower: "lower is better", band: "target band" } as const;

export default orgPage("organisation:read", async (access, { org }) => {
  const { model, editableDepartments, canEditSystems } = await getInventory(access);
  const departmentName = new Map(model.departments.map((d) => [d.key, d.name]));
  const roleName = new Map(model.roles.map((r) => [r.key, r.name]));
  const influenceCount = (source: string) => model.influences.filter((i) => i.from === source).length;
  const editable = model.departments
    .filter((d) => editableDepartments.includes(d.key))
    .map((d) => ({ key: d.key, name: d.name }));

  return (
    <>
      <div className="page-header">
        <div>
          <h1>KPIs, processes and systems</h1>
          <p>
            What people are measured by and work inside — and, mapped onto behaviours, where it works against the
            customer.
          </p>
        </div>
        <div className="row-actions">
          <Link className="button secondary" href={`/orgs/${org}/inventory/influence`}>
            Which measures matter most
          </Link>
          <Link className="button secondary" href={`/orgs/${org}/inventory/map`}>
            Map influences
          </Link>
        </div>
      </div>
      <section className="card" aria-labelledby="kpis-heading">
        <h2 id="kpis-heading">KPIs</h2>
        <TableScroll label="KPIs">
          <table className="stack-on-phone">
            <thead>
              <tr>
                <th scope="col">KPI</th>
                <th scope="col">Department</th>
                <th scope="col">Kind</th>
                <th scope="col">Measures</th>
                <th scope="col">Influences</th>
              </tr>
            </thead>
            <tbody>
              {model.kpis.map((k) => (
                <tr key={k.key} data-testid="kpi-row">
                  <td>
                    <Link href={`/orgs/${org}/inventory/kpis/${k.key}`}>
                      <strong>{k.name}</strong>
                    </Link>
                    {k.unit ? <span className="muted"> ({k.unit})</span> : null}
                    <div className="muted">{DIRECTION[k.direction]}</div>
                  </td>
                  <td data-label="Department">{departmentName.get(k.department)}</td>
                  <td data-label="Kind">
                    {k.payLinked && (
                      <span className="badge" style={{ background: "#fdecea", color: "#7a1a12" }}>
                        pay-linked
                      </span>
                    )}{" "}
                    <span className="badge neutral">{k.horizon}-term</span>{" "}
                    <span className="badge neutral">{k.category}</span>
                  </td>
                  <td data-label="Measures">
                    {(k.measuredRoles ?? []).map((r) => roleName.get(r)).join(", ") || (
                      <span className="muted">no role named</span>
                    )}
                  </td>
                  <td data-label="Influences">
                    {influenceCount(`kpi:${k.key}`) || <span className="muted">none — a vanity KPI?</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      {editable.length > 0 && (
        <section className="card">
          <KpiForm org={org} departments={editable} roles={model.roles.map((r) => ({ key: r.key, name: r.name }))} />
        </section>
      )}
      {canEditSystems && <ReadingsCsvImport org={org} />}
      <section className="card" aria-labelledby="processes-heading">
        <h2 id="processes-heading">Processes</h2>
        <ul>
          {model.processes.map((p) => (
            <li key={p.key} data-testid="process-row">
              {p.name}{" "}
              <span className="muted">
                — {departmentName.get(p.department)}, {count(influenceCount(`process:${p.key}`), "influence")}
              </span>{" "}
              {editableDepartments.includes(p.department) && (
                <InventoryItemActions
                  org={org}
                  kind="process"
                  itemKey={p.key}
                  name={p.name}
                  influences={influenceCount(`process:${p.key}`)}
                />
              )}
            </li>
          ))}
        </ul>
        {editable.length > 0 && <AddProcessForm org={org} departments={editable} />}
      </section>
      <section className="card" aria-labelledby="systems-heading">
        <h2 id="systems-heading">Systems</h2>
        <p className="muted">
          Practitioners&apos; rule of thumb: spend twice as much on the people using a system as on the technology.
        </p>
        <ul>
          {model.systems.map((s) => (
            <li key={s.key} data-testid="system-row">
              {s.name}
              <span className="muted">
                {s.trainedShare !== undefined ? ` — ${Math.round(s.trainedShare * 100)} % of users trained` : ""}
                {s.peopleSpend !== undefined && s.technologySpend !== undefined
                  ? `, people : technology = ${(s.peopleSpend / Math.max(1, s.technologySpend)).toFixed(2)} : 1`
                  : ""}
              </span>{" "}
              {canEditSystems && (
                <InventoryItemActions
                  org={org}
                  kind="system"
                  itemKey={s.key}
                  name={s.name}
                  influences={influenceCount(`system:${s.key}`)}
                />
              )}
            </li>
          ))}
        </ul>
        {canEditSystems && <AddSystemForm org={org} />}
      </section>
    </>
  );
});
