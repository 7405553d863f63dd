/**
 * What removing or merging a stage does to what hangs on it, in words. The set-up page's dialogs and the audit
 * log say the same thing from the same counts. Pure: the counts come from `setup-counts.ts`.
 */
import { count, listInWords } from "@/lib/text/plural";

/** What hangs on a stage: roles taking part in it, behaviours (and their influences), stories told at it. */
export type StageHoldings = {
  touchpoints: number;
  behaviours: number;
  approved: number;
  influences: number;
  stories: number;
};

export const NO_HOLDINGS: StageHoldings = { touchpoints: 0, behaviours: 0, approved: 0, influences: 0, stories: 0 };

function behavioursInWords(h: StageHoldings): string {
  const approved = h.approved ? ` (${h.approved} approved)` : "";
  const influences = h.influences
    ? ` with ${h.behaviours === 1 ? "its" : "their"} ${count(h.influences, "influence")}`
    : "";
  return `its ${count(h.behaviours, "behaviour")}${approved}${influences}`;
}

/** The removal dialog's message: everything that goes, what the stories lose, and the way to keep behaviours. */
export function stageRemovalMessage(name: string, h: StageHoldings): string {
  const goes = [
    h.touchpoints && `its ${count(h.touchpoints, "touchpoint")}`,
    h.behaviours && behavioursInWords(h),
  ].filter((part) => typeof part === "string");
  const sentences = [
    goes.length
      ? `Removes “${name}”, ${listInWords(goes)}.`
      : `Removes “${name}”; no role takes part in it and it has no behaviours.`,
    h.stories === 1 && "1 story keeps its text but loses its stage, so it leaves the customer room.",
    h.stories > 1 &&
      `${count(h.stories, "story", "stories")} keep their text but lose their stage, so they leave the customer room.`,
    h.behaviours > 0 && "Merge it into another stage instead to keep its behaviours.",
  ];
  return sentences.filter((s) => typeof s === "string").join(" ");
}

/** The audit log's line for a removal. */
export function stageRemovalSummary(name: string, h: StageHoldings): string {
  const gone = [
    h.touchpoints && count(h.touchpoints, "touchpoint"),
    h.behaviours && `${count(h.behaviours, "behaviour")}${h.approved ? ` (${h.approved} approved)` : ""}`,
    h.influences && count(h.influences, "influence"),
  ].filter((part) => typeof part === "string");
  const lost = h.stories
    ? `; ${count(h.stories, "story", "stories")} lost ${h.stories === 1 ? "its" : "their"} stage`
    : "";
  return `Removed the stage “${name}”${gone.length ? ` with ${listInWords(gone)}` : ""}${lost}`;
}

/** What moves in a merge, e.g. "3 behaviours and 2 stories", or "nothing". */
function movedInWords(h: StageHoldings): string {
  const moved = [
    h.behaviours && count(h.behaviours, "behaviour"),
    h.stories && count(h.stories, "story", "stories"),
  ].filter((part) => typeof part === "string");
  return moved.length ? listInWords(moved) : "nothing";
}

/** The merge dialog's message: what moves to the other stage, and that the merged stage then goes. */
export function stageMergeMessage(from: string, into: string, h: StageHoldings): string {
  const sentences = [
    h.behaviours + h.stories > 0
      ? `${movedInWords(h)} move${h.behaviours + h.stories === 1 ? "s" : ""} from “${from}” to “${into}”${h.behaviours ? ", behaviours with their versions and influences" : ""}.`
      : `“${from}” has no behaviours or stories to move.`,
    h.touchpoints > 0 && `The ${count(h.touchpoints, "role")} taking part in “${from}” will take part in “${into}”.`,
    `Then “${from}” leaves the lifecycle.`,
  ];
  return sentences.filter((s) => typeof s === "string").join(" ");
}

/** The audit log's line for a merge. */
export function stageMergeSummary(from: string, into: string, h: StageHoldings): string {
  return `Merged the stage “${from}” into “${into}”: ${movedInWords(h)} moved`;
}
