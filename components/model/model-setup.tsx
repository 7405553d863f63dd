"use client";

import { FormError } from "@/components/ui/form-error";
import { CsvImport } from "./setup/csv-import";
import { DepartmentsSection } from "./setup/departments-section";
import { LexiconSection } from "./setup/lexicon-section";
import { ObjectivesSection } from "./setup/objectives-section";
import { RolesSection } from "./setup/roles-section";
import type {
  SetupDepartment,
  SetupLexiconTerm,
  SetupObjective,
  SetupRole,
  SetupStage,
  SetupTouchpoint,
} from "./setup/setup-types";
import { StagesSection } from "./setup/stages-section";
import { TouchpointsSection } from "./setup/touchpoints-section";
import { useModelEdit } from "./use-model-edit";

type Props = {
  org: string;
  stages: SetupStage[];
  departments: SetupDepartment[];
  roles: SetupRole[];
  touchpoints: SetupTouchpoint[];
  objectives: SetupObjective[];
  lexicon: SetupLexiconTerm[];
};

/**
 * The set-up page, one section per part of the model. The edits without a form of their own (removals, moves,
 * the template) share one action, whose refusal shows at the top of the page.
 */
export function ModelSetup({ org, stages, departments, roles, touchpoints, objectives, lexicon }: Props) {
  const edit = useModelEdit(org);
  return (
    <>
      <FormError message={edit.error?.message} />
      <StagesSection org={org} stages={stages} edit={edit} />
      <DepartmentsSection org={org} departments={departments} roles={roles} edit={edit} />
      <RolesSection org={org} departments={departments} roles={roles} edit={edit} />
      {roles.length > 0 && stages.length > 0 && (
        <TouchpointsSection org={org} stages={stages} roles={roles} touchpoints={touchpoints} />
      )}
      <ObjectivesSection objectives={objectives} edit={edit} />
      <LexiconSection lexicon={lexicon} edit={edit} />
      <CsvImport org={org} />
    </>
  );
}
