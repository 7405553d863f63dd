"use client";

import { useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { api } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-form";

type Action = { to: string; label: string; needsComment: boolean };

/** The workflow steps the acting member may take now (computed on the server from the permission matrix). */
export function WorkflowActions({
  org,
  behaviourKey,
  version,
  actions,
}: {
  org: string;
  behaviourKey: string;
  version: number;
  actions: Action[];
}) {
  const [commenting, setCommenting] = useState<Action | null>(null);
  const [comment, setComment] = useState("");
  const step = useApiAction({
    send: (action: Action) =>
      api.post(`/api/orgs/${org}/behaviours/${behaviourKey}/transitions`, {
        to: action.to,
        comment,
        expectedVersion: version,
      }),
    onSuccess: () => {
      setCommenting(null);
      setComment("");
    },
    refresh: true,
  });
  if (actions.length === 0) return null;
  return (
    <div>
      <FormError message={step.error?.message} />
      {commenting ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            step.run(commenting);
          }}
        >
          <div className="field">
            <label htmlFor="workflow-comment">What needs to change?</label>
            <textarea
              id="workflow-comment"
              rows={2}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              required
            />
          </div>
          <div className="row-actions">
            <button className="button" type="submit" disabled={step.pending}>
              {commenting.label}
            </button>
            <button className="button secondary" type="button" onClick={() => setCommenting(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="row-actions">
          {actions.map((action) => (
            <button
              key={`${action.to}-${action.needsComment}`}
              className={`button ${action.to === "approved" ? "" : "secondary"}`}
              type="button"
              disabled={step.pending}
              onClick={() => (action.needsComment ? setCommenting(action) : step.run(action))}
            >
              {action.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
