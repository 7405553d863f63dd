import type { Metadata } from "next";
import Link from "next/link";
import { ScenarioEditor } from "@/components/scenarios/scenario-editor";
import { orgPage } from "@/lib/access/page-gates";
import { getScenario } from "@/lib/scenarios/get-scenario";
import { getScenarioChoices } from "@/lib/scenarios/get-scenario-choices";

export const metadata: Metadata = { title: "Scenario" };

export default orgPage<{ scenario: string }>("organisation:read", async (access, { org, scenario: id }) => {
  const scenario = await getScenario(access, id);
  const choices = await getScenarioChoices(access, scenario.edits);
  return (
    <>
      <p>
        <Link href={`/orgs/${org}/scenarios`}>← Scenarios</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>{scenario.name}</h1>
          <p>
            {scenario.mine ? "Your scenario" : `By ${scenario.author}`}
            {scenario.shared ? ", shared with members" : ", only you can see it"}
            {scenario.appliedAt ? ". Applied to the model." : ". Nothing changes until it is applied."}
          </p>
        </div>
      </div>
      <ScenarioEditor org={org} scenario={scenario} choices={choices} />
    </>
  );
});
