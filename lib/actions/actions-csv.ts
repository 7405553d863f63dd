import Papa from "papaparse";
import type { ActionItemView } from "./manage-actions";

/** Action items as CSV, for a consultant's hand-over spreadsheet. */
export function actionItemsToCsv(items: readonly ActionItemView[]): string {
  return (
    Papa.unparse({
      fields: ["key", "title", "owner", "due", "status", "overdue", "finding"],
      data: items.map((i) => [i.key, i.title, i.owner ?? "", i.due ?? "", i.status, i.overdue ? "yes" : "no", i.finding ?? ""]),
    }) + "\n"
  );
}
