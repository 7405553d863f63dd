import type { Metadata } from "next";
import Link from "next/link";
import { InfluenceMatrix } from "@/components/inventory/influence-matrix";
import { pageData, requireOrgPage } from "@/lib/access/page-gates";
import { getInventory } from "@/lib/inventory/get-inventory";

export const metadata: Metadata = { title: "Map influences" };

export default async function InfluenceMapPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<{ department?: string }> }) {
  const { org } = await params;
  const query = await searchParams;
  const access = await requireOrgPage(org, "organisation:read", `/orgs/${org}/inventory/map`);
  const { model, editableDepartments } = await pageData(getInventory(access));
  const department = model.departments.find((d) => d.key === query.department) ?? model.departments.find((d) => editableDepartments.includes(d.key)) ?? model.departments[0];
  const parentOf = new Map(model.departments.map((d) => [d.key, d.parent]));
  const within = (key: string) => {
    for (let d: string | undefined = key, hops = 0; d && hops <= model.departments.length; d = parentOf.get(d), hops++) if (d === department?.key) return true;
    return false;
  };
  const roles = model.roles.filter((r) => within(r.department));
  const roleKeys = new Set(roles.map((r) => r.key));
  const roleName = new Map(model.roles.map((r) => [r.key, r.name]));
  const roleDepartment = new Map(model.roles.map((r) => [r.key, r.department]));
  // The department's own KPIs, and any KPI that measures its roles.
  const kpis = model.kpis.filter((k) => within(k.department) || (k.measuredRoles ?? []).some((r) => roleKeys.has(r)));
  const behaviours = model.behaviours
    .filter((b) => roleKeys.has(b.role) && b.status !== "retired")
    .map((b) => ({ key: b.key, label: `${roleName.get(b.role)}: ${b.action}`, editable: editableDepartments.includes(roleDepartment.get(b.role)!) || kpis.some((k) => editableDepartments.includes(k.department)) }));
  const influences = Object.fromEntries(model.influences.filter((i) => i.from.startsWith("kpi:")).map((i) => [`${i.from.slice(4)}>${i.to}`, i.effect]));

  return (
    <>
      <p><Link href={`/orgs/${org}/inventory`}>← Inventory</Link></p>
      <div className="page-header">
        <div>
          <h1>Map influences</h1>
          <p>For each behaviour of a department&apos;s roles: does this KPI support it, obstruct it, or not touch it? Press a cell to change it.</p>
        </div>
      </div>
      <section className="card">
        <form className="filters" method="get" style={{ marginBottom: "1rem" }}>
          <div className="field">
            <label htmlFor="map-department">Department</label>
            <select id="map-department" name="department" defaultValue={department?.key}>
              {model.departments.map((d) => <option key={d.key} value={d.key}>{d.name}</option>)}
            </select>
          </div>
          <button className="button secondary" type="submit">Show</button>
        </form>
        {behaviours.length === 0 || kpis.length === 0 ? (
          <p className="muted">This department has no {behaviours.length === 0 ? "behaviours" : "KPIs"} to map yet.</p>
        ) : (
          <InfluenceMatrix org={org} behaviours={behaviours} kpis={kpis.map((k) => ({ key: k.key, name: k.name }))} influences={influences} />
        )}
      </section>
    </>
  );
}
