import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InfluenceForm } from "@/components/inventory/influence-form";
import { InventoryItemActions } from "@/components/inventory/inventory-item-actions";
import { KpiForm } from "@/components/inventory/kpi-form";
import { KpiRelations } from "@/components/inventory/kpi-relations";
import { KpiReadingsPanel } from "@/components/kpis/kpi-readings-panel";
import { getKpiReadings } from "@/lib/kpis/get-kpi-readings";
import { orgPage } from "@/lib/access/page-gates";
import { can } from "@/lib/access/permissions";
import { getInventory } from "@/lib/inventory/get-inventory";

export const metadata: Metadata = { title: "KPI" };

export default orgPage<{ kpi: string }>("organisation:read", async (access, { org, kpi: key }) => {
  const { model, editableDepartments } = await getInventory(access);
  const kpi = model.kpis.find((k) => k.key === key);
  if (!kpi) notFound();
  const roleName = new Map(model.roles.map((r) => [r.key, r.name]));
  const behaviourLabel = new Map(
    model.behaviours.map((b) => [
      b.key,
      `${roleName.get(b.role)}: ${b.action.length > 80 ? `${b.action.slice(0, 79)}…` : b.action}`,
    ]),
  );
  const influences = model.influences.filter((i) => i.from === `kpi:${kpi.key}`);
  const editable = editableDepartments.includes(kpi.department);
  const editableDepartmentList = model.departments
    .filter((d) => editableDepartments.includes(d.key))
    .map((d) => ({ key: d.key, name: d.name }));
  const { readings, signals, names } = await getKpiReadings(access, kpi.key);
  const kpiByKey = new Map(model.kpis.map((k) => [k.key, k]));
  const named = (key: string) => ({ key, name: kpiByKey.get(key)?.name ?? key });
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  const links = model.kpiLinks ?? [];
  const behaviours = model.behaviours
    .filter((b) => b.status !== "retired")
    .map((b) => ({ key: b.key, label: behaviourLabel.get(b.key)! }));

  return (
    <>
      <p>
        <Link href={`/orgs/${org}/inventory`}>← Inventory</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>{kpi.name}</h1>
          <p>{kpi.definition ?? "No definition yet."}</p>
        </div>
        <div className="row-actions">
          {can(access.membership.role, "scenarios:draft") && (
            <Link
              className="button secondary small"
              href={`/orgs/${org}/scenarios/new?kpi=${encodeURIComponent(kpi.key)}`}
            >
              Try a change
            </Link>
          )}
          {editable && (
            <InventoryItemActions
              org={org}
              kind="kpi"
              itemKey={kpi.key}
              name={kpi.name}
              influences={influences.length}
              afterRemove={`/orgs/${org}/inventory`}
            />
          )}
        </div>
      </div>
      <section className="card" aria-labelledby="kpi-influences">
        <h2 id="kpi-influences">What it pushes people to do</h2>
        {influences.length === 0 ? (
          <p className="muted">Not mapped to any behaviour yet: measured, but nobody has said what it changes.</p>
        ) : (
          <ul className="influence-list">
            {influences.map((i) => (
              <li key={i.to}>
                <span className={`effect-${i.effect}`}>{i.effect === "supports" ? "Supports" : "Obstructs"}</span> (
                {"●".repeat(i.strength)}): {behaviourLabel.get(i.to)}
                {i.why ? <span className="muted"> — {i.why}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <KpiReadingsPanel
        org={org}
        kpi={{ key: kpi.key, name: kpi.name, unit: kpi.unit ?? "", direction: kpi.direction }}
        readings={readings}
        signals={signals}
        names={names}
        editable={editable}
        departments={editableDepartmentList}
      />
      <KpiRelations
        org={org}
        kpi={{ key: kpi.key, name: kpi.name }}
        counters={(kpi.counters ?? []).map(named).sort(byName)}
        counterOf={model.kpis.filter((k) => k.counters?.includes(kpi.key)).map((k) => named(k.key))}
        linksFrom={links
          .filter((l) => l.from === kpi.key)
          .map((l) => ({ ...named(l.to), effect: l.effect, removable: editable }))
          .sort(byName)}
        linksTo={links
          .filter((l) => l.to === kpi.key)
          .map((l) => ({
            ...named(l.from),
            effect: l.effect,
            removable: editableDepartments.includes(kpiByKey.get(l.from)?.department ?? ""),
          }))
          .sort(byName)}
        others={model.kpis
          .filter((k) => k.key !== kpi.key)
          .map((k) => named(k.key))
          .sort(byName)}
        editable={editable}
      />
      {(editable || editableDepartmentList.length > 0) && (
        <section className="card">
          <InfluenceForm org={org} source={`kpi:${kpi.key}`} sourceName={kpi.name} behaviours={behaviours} />
        </section>
      )}
      {editable && (
        <section className="card">
          <KpiForm
            org={org}
            existingKey={kpi.key}
            initial={{
              name: kpi.name,
              definition: kpi.definition ?? "",
              unit: kpi.unit ?? "",
              direction: kpi.direction,
              department: kpi.department,
              measuredRoles: kpi.measuredRoles ?? [],
              payLinked: kpi.payLinked,
              horizon: kpi.horizon,
              category: kpi.category,
            }}
            departments={editableDepartmentList}
            roles={model.roles.map((r) => ({ key: r.key, name: r.name }))}
          />
        </section>
      )}
    </>
  );
});
