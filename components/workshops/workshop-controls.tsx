"use client";

import { useState } from "react";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { api } from "@/lib/client/api";
import { useApiAction, useApiForm } from "@/lib/client/use-api-form";

export function OpenWorkshopForm({ org }: { org: string }) {
  const [name, setName] = useState("");
  const [link, setLink] = useState<string | null>(null);
  const open = useApiForm({
    send: () => api.post(`/api/orgs/${org}/workshops`, { name }, z.object({ link: z.string() })),
    onSuccess: (r) => {
      setLink(r.link);
      setName("");
    },
    refresh: true,
  });
  return (
    <form className="inline-form" onSubmit={open.onSubmit} aria-labelledby="open-workshop">
      <h2 id="open-workshop" style={{ flexBasis: "100%" }}>
        Run a workshop
      </h2>
      <div style={{ flexBasis: "100%" }}>
        <FormError message={open.error?.message} />
      </div>
      <div className="field">
        <label htmlFor="workshop-name">Name</label>
        <input
          id="workshop-name"
          type="text"
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="e.g. Leadership offsite, March"
          required
        />
      </div>
      <button className="button" type="submit" disabled={open.pending}>
        Open the workshop
      </button>
      {link && (
        <div className="alert success" role="status" style={{ flexBasis: "100%" }}>
          <p>Link for participants (shown once — put it on the screen or in the chat):</p>
          <input
            type="text"
            readOnly
            value={link}
            aria-label="Workshop link"
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}
    </form>
  );
}

export function CloseWorkshopButton({ org, workshopId }: { org: string; workshopId: string }) {
  const close = useApiAction({ send: () => api.post(`/api/orgs/${org}/workshops/${workshopId}/close`), refresh: true });
  return (
    <>
      <FormError message={close.error?.message} />
      <button className="button secondary small" type="button" disabled={close.pending} onClick={() => close.run()}>
        Close the workshop
      </button>
    </>
  );
}

export function MomentToStoryButton({
  org,
  workshopId,
  momentId,
}: {
  org: string;
  workshopId: string;
  momentId: string;
}) {
  const turn = useApiAction({
    send: () => api.post(`/api/orgs/${org}/workshops/${workshopId}/moments/${momentId}/story`),
    refresh: true,
  });
  return (
    <>
      <button className="button secondary small" type="button" disabled={turn.pending} onClick={() => turn.run()}>
        Make it a customer story
      </button>
      {turn.error && (
        <span className="field-error" role="alert">
          {" "}
          {turn.error.message}
        </span>
      )}
    </>
  );
}
