import type { Metadata } from "next";
import Link from "next/link";
import { ModelSetup } from "@/components/model/model-setup";
import { SetupIndustry } from "@/components/model/setup/industry-context";
import { orgPage } from "@/lib/access/page-gates";
import { getLexicon } from "@/lib/language/get-lexicon";
import { objectiveCitations, stageHoldings } from "@/lib/model/edits/setup-counts";
import { exportModel } from "@/lib/model/export-model";
import { getIndustry } from "@/lib/organisations/get-industry";

export const metadata: Metadata = { title: "Set up the model" };

export default orgPage("model:edit", async (access, { org }) => {
  const [model, lexicon, holdings, citations, industry] = await Promise.all([
    exportModel(access),
    getLexicon(access),
    stageHoldings(access),
    objectiveCitations(access),
    getIndustry(access),
  ]);
  return (
    <>
      <p>
        <Link href={`/orgs/${org}/model`}>← Model</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>Set up the model</h1>
          <p>
            Lifecycle stages, departments, roles and where they meet the customer, objectives and the lexicon. Every
            change is kept in the audit log.
          </p>
        </div>
      </div>
      <SetupIndustry industry={industry}>
        <ModelSetup
          org={org}
          stages={model.stages}
          departments={model.departments}
          roles={model.roles}
          touchpoints={model.touchpoints}
          objectives={model.objectives}
          lexicon={lexicon.map((t) => ({ term: t.term, plainer: t.plainer }))}
          stageHoldings={holdings}
          objectiveCitations={citations}
        />
      </SetupIndustry>
    </>
  );
});
