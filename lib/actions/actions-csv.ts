import { formulaSafeCsv } from "@/lib/csv/safe-csv";
import type { ActionItemView } from "./list-action-items";

/** Action items as CSV, for a consultant's hand-over spreadsheet. */
export function actionItemsToCsv(items: readonly ActionItemView[]): string {
  return formulaSafeCsv(
    ["key", "title", "owner", "due", "status", "overdue", "finding"],
    items.map((i) => [i.key, i.title, i.owner ?? "", i.due ?? "", i.status, i.overdue ? "yes" : "no", i.finding ?? ""]),
  );
}
