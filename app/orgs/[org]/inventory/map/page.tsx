import type { Metadata } from "next";
import Link from "next/link";
import { InfluenceMatrix } from "@/components/inventory/influence-matrix";
import { orgPage } from "@/lib/access/page-gates";
import { getInventory } from "@/lib/inventory/get-inventory";
import { departmentInfluenceMap } from "@/lib/inventory/rules/influence-map";
import { NameOptions } from "@/components/ui/name-options";

export const metadata: Metadata = { title: "Map influences" };

export default orgPage("organisation:read", async (access, { org }, query) => {
  const { model, editableDepartments } = await getInventory(access);
  const department =
    model.departments.find((d) => d.key === query.department) ??
    model.departments.find((d) => editableDepartments.includes(d.key)) ??
    model.departments[0];
  const { behaviours, kpis, influences, reasons } = departmentInfluenceMap(model, department?.key, editableDepartments);

  return (
    <>
      <p>
        <Link href={`/orgs/${org}/inventory`}>← Inventory</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>Map influences</h1>
          <p>
            For each behaviour of a department&apos;s roles: does this KPI support it, obstruct it, or not touch it?
            Press a cell to change it.
          </p>
        </div>
      </div>
      <section className="card">
        <form className="filters" method="get" style={{ marginBottom: "1rem" }}>
          <div className="field">
            <label htmlFor="map-department">Department</label>
            <select id="map-department" name="department" defaultValue={department?.key}>
              <NameOptions items={model.departments} />
            </select>
          </div>
          <button className="button secondary" type="submit">
            Show
          </button>
        </form>
        {behaviours.length === 0 || kpis.length === 0 ? (
          <p className="muted">This department has no {behaviours.length === 0 ? "behaviours" : "KPIs"} to map yet.</p>
        ) : (
          <InfluenceMatrix org={org} behaviours={behaviours} kpis={kpis} influences={influences} reasons={reasons} />
        )}
      </section>
    </>
  );
});
