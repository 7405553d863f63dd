import type { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { findingFingerprint } from "@/lib/alignment/rules/finding-fingerprint";
import { getOrganisationAnalysis } from "@/lib/alignment/get-organisation-analysis";
import { NotFoundError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import type { reviewFindingInput } from "./input";

/** Acknowledges or dismisses a current finding (with its reason, kept in the audit log), or reopens it. */
export async function reviewFinding(access: OrgAccess, input: z.infer<typeof reviewFindingInput>): Promise<void> {
  assertCan(access, "findings:review");
  const { model, analysis } = await getOrganisationAnalysis(access);
  const finding = analysis.findings.find((f) => f.id === input.findingId);
  if (!finding) throw new NotFoundError("Finding (it may have been resolved by a change to the model)");
  const organisationId = access.organisation.id;
  await access.db.$transaction(async (tx) => {
    const before = await tx.findingReview.findUnique({
      where: { organisationId_findingId: { organisationId, findingId: finding.id } },
    });
    if (input.state === "open") {
      if (before) await tx.findingReview.delete({ where: { id: before.id } });
    } else {
      const data = {
        state: input.state,
        reason: input.reason ?? null,
        fingerprint: findingFingerprint(model, finding),
        actorEmail: access.actor.email,
        at: new Date(),
      };
      await tx.findingReview.upsert({
        where: { organisationId_findingId: { organisationId, findingId: finding.id } },
        create: { organisationId, findingId: finding.id, ...data },
        update: data,
      });
    }
    await recordAuditEvent(tx, organisationId, access.actor, {
      action: `finding.${input.state === "open" ? "reopened" : input.state}`,
      subjectType: "finding",
      subjectId: finding.id,
      summary: `${input.state === "open" ? "Reopened" : input.state === "dismissed" ? "Dismissed" : "Acknowledged"} ${finding.rule} (${finding.subjects.map((s) => s.key).join(", ")})${input.reason ? `: ${input.reason}` : ""}`,
      before: before ? { state: before.state, reason: before.reason } : { state: "open" },
      after: { state: input.state, ...(input.reason ? { reason: input.reason } : {}) },
    });
  });
}
