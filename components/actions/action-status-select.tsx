"use client";

import { api } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-form";

export function ActionStatusSelect({
  org,
  action,
}: {
  org: string;
  action: { key: string; title: string; status: string };
}) {
  const update = useApiAction({
    send: (status: string) => api.patch(`/api/orgs/${org}/actions/${action.key}`, { status }),
    refresh: true,
  });
  return (
    <>
      <select
        aria-label={`Status of “${action.title}”`}
        defaultValue={action.status}
        disabled={update.pending}
        onChange={(e) => update.run(e.target.value)}
      >
        <option value="open">Open</option>
        <option value="in_progress">In progress</option>
        <option value="done">Done</option>
      </select>
      {update.error && (
        <div className="field-error" role="alert">
          {update.error.message}
        </div>
      )}
    </>
  );
}
