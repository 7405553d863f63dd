/** Action items and their progress (DESIGN §3): how many are open, in progress, done, and overdue. */
import type { ModelDocument } from "@/lib/model/model-schema";

export type Action = NonNullable<ModelDocument["actions"]>[number];
export type ActionProgress = {
  total: number;
  open: number;
  inProgress: number;
  done: number;
  overdue: number;
  donePercent: number | null;
};

/** Overdue: not done and due before today. */
export function isOverdue(action: Pick<Action, "status" | "due">, today: Date = new Date()): boolean {
  return action.status !== "done" && action.due !== undefined && action.due < today.toISOString().slice(0, 10);
}

export function actionProgress(actions: readonly Action[], today: Date = new Date()): ActionProgress {
  const count = (status: Action["status"]) => actions.filter((a) => a.status === status).length;
  const done = count("done");
  return {
    total: actions.length,
    open: count("open"),
    inProgress: count("in_progress"),
    done,
    overdue: actions.filter((a) => isOverdue(a, today)).length,
    donePercent: actions.length ? Math.round((1000 * done) / actions.length) / 10 : null,
  };
}
