"use client";

import { useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { api } from "@/lib/client/api";
import { useApiAction, useApiForm } from "@/lib/client/use-api-form";

type Props = {
  org: string;
  findingId: string;
  state: "open" | "acknowledged" | "dismissed";
  defaultTitle: string;
  members: { email: string; name: string }[];
};

/** Acknowledge, dismiss with a reason, reopen, or turn the finding into an action item. */
export function FindingReviewControls({ org, findingId, state, defaultTitle, members }: Props) {
  const [mode, setMode] = useState<"idle" | "dismiss" | "action">("idle");
  const [reason, setReason] = useState("");
  const [title, setTitle] = useState(defaultTitle);
  const [owner, setOwner] = useState(members[0]?.email ?? "");
  const [due, setDue] = useState("");
  const done = { onSuccess: () => setMode("idle"), refresh: true };
  const review = useApiAction({
    send: (next: { state: string; reason?: string }) =>
      api.post(`/api/orgs/${org}/findings/reviews`, { findingId, ...next }),
    ...done,
  });
  const action = useApiForm({
    send: () => api.post(`/api/orgs/${org}/actions`, { findingId, title, owner, due }),
    ...done,
  });
  const error = review.error ?? action.error;

  return (
    <div className="finding-controls">
      <FormError message={error?.message} />
      {mode === "dismiss" && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            review.run({ state: "dismissed", reason });
          }}
        >
          <div className="field">
            <label htmlFor={`reason-${findingId}`}>Why dismiss it?</label>
            <textarea
              id={`reason-${findingId}`}
              rows={2}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              required
            />
            <span className="hint">Kept in the audit log. The finding comes back if anything it is about changes.</span>
          </div>
          <div className="row-actions">
            <button className="button small" type="submit" disabled={review.pending}>
              Dismiss
            </button>
            <button className="button small secondary" type="button" onClick={() => setMode("idle")}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {mode === "action" && (
        <form onSubmit={action.onSubmit}>
          <div className="form-grid">
            <div className="field">
              <label htmlFor={`title-${findingId}`}>Action</label>
              <input
                id={`title-${findingId}`}
                type="text"
                value={title}
                onChange={(e) => setTitle(e.target.value)}
                required
              />
            </div>
            <div className="field">
              <label htmlFor={`owner-${findingId}`}>Owner</label>
              <select id={`owner-${findingId}`} value={owner} onChange={(e) => setOwner(e.target.value)}>
                {members.map((m) => (
                  <option key={m.email} value={m.email}>
                    {m.name} ({m.email})
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`due-${findingId}`}>Due</label>
              <input
                id={`due-${findingId}`}
                type="date"
                value={due}
                onChange={(e) => setDue(e.target.value)}
                required
              />
            </div>
          </div>
          <div className="row-actions">
            <button className="button small" type="submit" disabled={action.pending}>
              Create action
            </button>
            <button className="button small secondary" type="button" onClick={() => setMode("idle")}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {mode === "idle" && (
        <div className="row-actions">
          {state === "open" && (
            <button
              className="button small secondary"
              type="button"
              onClick={() => review.run({ state: "acknowledged" })}
            >
              Acknowledge
            </button>
          )}
          {state !== "dismissed" && (
            <button className="button small secondary" type="button" onClick={() => setMode("dismiss")}>
              Dismiss…
            </button>
          )}
          {state !== "open" && (
            <button className="button small secondary" type="button" onClick={() => review.run({ state: "open" })}>
              Reopen
            </button>
          )}
          <button className="button small" type="button" onClick={() => setMode("action")}>
            Create action…
          </button>
        </div>
      )}
    </div>
  );
}
