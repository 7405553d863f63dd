/**
 * The customer room (DESIGN §5): the lifecycle stages as a wall to walk along in a meeting — each
 * stage with its customers' stories, the processes and systems that get in the way there, and the
 * conflicts found there. Pure: built from the model and its analysis.
 */
import type { Analysis } from "@/lib/alignment/rules/analyze-model";
import { type Finding, SEVERITIES, type Severity } from "@/lib/alignment/rules/finding";
import { filterFindings } from "@/lib/alignment/rules/filter-findings";
import type { ModelDocument } from "@/lib/model/model-schema";
import { subjectNamer } from "@/lib/alignment/rules/subject-names";
import type { Story } from "./pick-story";

export type RoomStage = {
  key: string;
  name: string;
  alignment: number | null;
  stories: Story[];
  /** Processes and systems found obstructing behaviours at this stage (F4), by name. */
  obstacles: string[];
  conflicts: { total: number; bySeverity: Record<Severity, number>; top: Finding[] };
};

const TOP_CONFLICTS = 3;

export function buildCustomerRoom(
  model: ModelDocument,
  analysis: Analysis,
  hiddenFindings: ReadonlySet<string> = new Set(),
): RoomStage[] {
  const name = subjectNamer(model);
  const visible = analysis.findings.filter((f) => !hiddenFindings.has(f.id));
  return model.stages.map((stage) => {
    const here = filterFindings(model, visible, { stage: stage.key });
    const obstacles = new Set<string>();
    for (const finding of here)
      if (finding.rule === "F4")
        for (const subject of finding.subjects)
          if (subject.kind === "process" || subject.kind === "system") obstacles.add(name(subject));
    return {
      key: stage.key,
      name: stage.name,
      alignment: analysis.alignment.stages[stage.key] ?? null,
      stories: (model.stories ?? []).filter((s) => s.stage === stage.key),
      obstacles: [...obstacles].sort(),
      conflicts: {
        total: here.length,
        bySeverity: Object.fromEntries(
          SEVERITIES.map((s) => [s, here.filter((f) => f.severity === s).length]),
        ) as Record<Severity, number>,
        top: here.slice(0, TOP_CONFLICTS),
      },
    };
  });
}
