/** Where a finding happens, for the customer story told beside it (dashboard and report). Pure. */
import type { Finding } from "@/lib/alignment/rules/finding";
import type { ModelDocument } from "@/lib/model/model-schema";

export /** Where a finding happens: the stage and roles of its behaviours (and any stage or role it names). */
function findingPlace(model: Pick<ModelDocument, "behaviours">, finding: Pick<Finding, "subjects">) {
  const behaviours = new Map(model.behaviours.map((b) => [b.key, b]));
  const roles = new Set<string>();
  let stage: string | undefined;
  for (const subject of finding.subjects) {
    const behaviour = subject.kind === "behaviour" ? behaviours.get(subject.key) : undefined;
    if (behaviour) {
      roles.add(behaviour.role);
      stage ??= behaviour.stage;
    }
    if (subject.kind === "role") roles.add(subject.key);
    if (subject.kind === "stage") stage ??= subject.key;
  }
  return { stage, roles: [...roles] };
}
