import Link from "next/link";
import type { ActionSummary } from "@/lib/dashboard/rules/model-dashboard";

const STATUS_LABEL = { open: "open", in_progress: "in progress", done: "done" } as const;

/** Action items and their progress; overdue ones stand out. */
export function ActionsWidget({ org, actions, limit = 5 }: { org: string; actions: ActionSummary; limit?: number }) {
  const { progress, items } = actions;
  if (progress.total === 0)
    return <p className="muted">No action items yet. Turn a finding into one from the findings page.</p>;
  const width = (n: number) => `${(100 * n) / progress.total}%`;
  return (
    <div>
      <p>
        <strong>{progress.done}</strong> of {progress.total} done
        {progress.donePercent !== null ? ` (${progress.donePercent} %)` : ""}, {progress.inProgress} in progress,{" "}
        {progress.open} open
        {progress.overdue > 0 && (
          <>
            ,{" "}
            <span className="overdue" data-testid="overdue-count">
              {progress.overdue} overdue
            </span>
          </>
        )}
        .
      </p>
      <div
        className="progress"
        role="img"
        aria-label={`${progress.done} done, ${progress.inProgress} in progress, ${progress.open} open`}
      >
        <span className="done" style={{ width: width(progress.done) }} />
        <span className="in-progress" style={{ width: width(progress.inProgress) }} />
      </div>
      <ul className="plain-list" style={{ marginTop: "0.75rem" }}>
        {items.slice(0, limit).map((item) => (
          <li key={item.key}>
            <strong>{item.title}</strong>
            <div className="muted">
              {item.owner ?? "no owner"} ·{" "}
              {item.due ? (
                <span className={item.overdue ? "overdue" : ""}>
                  due {item.due}
                  {item.overdue ? " — overdue" : ""}
                </span>
              ) : (
                "no due date"
              )}{" "}
              · {STATUS_LABEL[item.status]}
            </div>
          </li>
        ))}
      </ul>
      <Link href={`/orgs/${org}/actions`}>All action items →</Link>
    </div>
  );
}
