/**
 * A fingerprint of what a finding is about: its subjects as they stand in the model and the influences
 * between them. A dismissal holds while the fingerprint is unchanged; edit the KPI (or the behaviour, or
 * the influence) and the finding comes back for a fresh look. A KPI's counters are part of the KPI, and
 * the links between a finding's KPIs part of what it is about (F12).
 */
import { createHash } from "node:crypto";
import type { ModelDocument } from "@/lib/model/model-schema";
import type { Finding, SubjectKind } from "./finding";

const SECTIONS: Record<SubjectKind, keyof ModelDocument> = {
  kpi: "kpis",
  process: "processes",
  system: "systems",
  behaviour: "behaviours",
  role: "roles",
  stage: "stages",
};

export function findingFingerprint(model: ModelDocument, finding: Pick<Finding, "subjects">): string {
  const entries = finding.subjects.map((subject) => {
    const section = model[SECTIONS[subject.kind]] as { key: string }[];
    return [subject.kind, section.find((item) => item.key === subject.key) ?? null];
  });
  const sources = new Set(
    finding.subjects
      .filter((s) => s.kind === "kpi" || s.kind === "process" || s.kind === "system")
      .map((s) => `${s.kind}:${s.key}`),
  );
  const behaviours = new Set(finding.subjects.filter((s) => s.kind === "behaviour").map((s) => s.key));
  const influences = model.influences
    .filter((i) => sources.has(i.from) && behaviours.has(i.to))
    .sort((a, b) => (a.from + a.to < b.from + b.to ? -1 : 1));
  const kpis = new Set(finding.subjects.filter((s) => s.kind === "kpi").map((s) => s.key));
  const kpiLinks = (model.kpiLinks ?? [])
    .filter((l) => kpis.has(l.from) && kpis.has(l.to))
    .sort((a, b) => (a.from + a.to < b.from + b.to ? -1 : 1));
  // Left out when there are none, so fingerprints taken before KPI links existed still match.
  const state = kpiLinks.length ? { entries, influences, kpiLinks } : { entries, influences };
  return createHash("sha256").update(JSON.stringify(state)).digest("hex");
}
