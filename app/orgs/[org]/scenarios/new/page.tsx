import type { Metadata } from "next";
import Link from "next/link";
import { ScenarioEditor } from "@/components/scenarios/scenario-editor";
import { orgPage } from "@/lib/access/page-gates";
import { getScenarioChoices } from "@/lib/scenarios/get-scenario-choices";
import { newScenarioQuery } from "@/lib/scenarios/input";

export const metadata: Metadata = { title: "New scenario" };

/** A new what-if, started from a KPI when the link names one (`?kpi=aht`, from the KPI page or the system view). */
export default orgPage("scenarios:draft", async (access, { org }, rawQuery) => {
  const kpi =
    typeof rawQuery.kpi === "string" ? newScenarioQuery.safeParse({ kpi: rawQuery.kpi }).data?.kpi : undefined;
  const choices = await getScenarioChoices(access, [], kpi);
  const startKpi = choices.kpis.some((k) => k.key === kpi) ? kpi : undefined;
  return (
    <>
      <p>
        <Link href={`/orgs/${org}/scenarios`}>← Scenarios</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>Try a change</h1>
          <p>
            Add changes to the model and see which findings would clear or appear, before anything changes. Nothing is
            changed until the scenario is applied.
          </p>
        </div>
      </div>
      <ScenarioEditor org={org} scenario={null} choices={choices} startKpi={startKpi} />
    </>
  );
});
