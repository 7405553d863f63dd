"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { callApi } from "@/lib/client/api";

export function ActionStatusSelect({ org, action }: { org: string; action: { key: string; title: string; status: string } }) {
  const router = useRouter();
  const update = useMutation({ mutationFn: (status: string) => callApi("PATCH", `/api/orgs/${org}/actions/${action.key}`, { status }), onSuccess: () => router.refresh() });
  return (
    <>
      <select aria-label={`Status of “${action.title}”`} defaultValue={action.status} disabled={update.isPending} onChange={(e) => update.mutate(e.target.value)}>
        <option value="open">Open</option>
        <option value="in_progress">In progress</option>
        <option value="done">Done</option>
      </select>
      {update.error && <div className="field-error" role="alert">{update.error.message}</div>}
    </>
  );
}
